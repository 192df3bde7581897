/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.claims.ClaimForm;
import org.collatio.editor.internal.SpanPresentation;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The claim form's command, and claims drawn in the editor in their speaker's colour. */
class ClaimFormTest {

	@AfterEach
	void restore() throws Exception {
		CorpusSession session = Workbench.session();
		Workbench.restoreSeedCorpus();
		assertTrue(session.getStore().getCorpus().getEntities().isEmpty(), "undo removed the entities the form created");
	}

	@Test
	void aClaimWithANewSpeakerAndPropositionIsOneUndoableCommandAndIsUnderlined() throws Exception {
		CorpusSession session = Workbench.session();
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		AnnotationEditor editor = (AnnotationEditor) page
				.openEditor(new DocumentEditorInput(session.getStore().findDocument("004_c18513d2de862493")), AnnotationEditor.ID);
		String quote = "The Russian peacekeepers are doing everything to protect the civilian population";
		int begin = editor.getContent().getText().indexOf(quote);
		editor.getViewer().setSelectedRange(begin, quote.length());
		editor.applyTag(Tags.byKey(session.getStore().getCorpus(), "q").orElseThrow());
		SpanAnnotation span = editor.getContent().getSpans().get(0);

		ClaimForm form = new ClaimForm("Vladimir Putin", "", "on Wednesday", "2023-09-20", "Russian peacekeepers protect Karabakh's civilians",
				Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, "");
		session.getEditingDomain().getCommandStack()
				.execute(form.command(session.getEditingDomain(), session.getStore().getCorpus(), editor.getContent(), List.of(span)));
		Workbench.processEvents();

		Claim claim = editor.getContent().getClaims().get(0);
		assertEquals("Vladimir Putin", claim.getSpeaker().getCanonicalName());
		assertEquals("Russian peacekeepers protect Karabakh's civilians", claim.getProposition().getStatement());
		assertEquals("2023-09-20", claim.getWhenDate());
		StyleRange style = editor.getViewer().getTextWidget().getStyleRangeAtOffset(begin + 4);
		assertTrue(style.underline, "a claim is underlined");
		assertEquals(SWT.UNDERLINE_DOUBLE, style.underlineStyle);
		assertEquals(SpanPresentation.speakerColor(claim.getSpeaker()), style.underlineColor.getRGB(), "in the speaker's colour");
		assertNotNull(style.background, "the tag colour stays");

		ClaimForm again = new ClaimForm("PUTIN", "", "", "", "russian peacekeepers protect karabakh's civilians", Stance.DENIES,
				ClaimKind.REPORTED_SPEECH, "");
		session.getStore().getCorpus().getEntities().get(0).getAliases().add("Putin");
		session.getEditingDomain().getCommandStack()
				.execute(again.command(session.getEditingDomain(), session.getStore().getCorpus(), editor.getContent(), List.of(span)));
		assertEquals(1, session.getStore().getCorpus().getEntities().size(), "the speaker is found by alias, not created twice");
		assertEquals(1, session.getStore().getCorpus().getPropositions().size(), "the proposition is found, not created twice");
		assertSame(claim.getSpeaker(), editor.getContent().getClaims().get(1).getSpeaker());
		assertEquals("\"When (date)\" is YYYY, YYYY-MM or YYYY-MM-DD.",
				new ClaimForm("", "", "", "last week", "", Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, "").problem());
		session.getStore().getCorpus().getEntities().get(0).getAliases().remove("Putin");

		// Link Claim: the claim under the caret, the claims of the corpus to link to, how they are listed
		editor.getViewer().setSelectedRange(begin + 10, 0);
		assertSame(claim, editor.claimAtCaret().orElseThrow());
		List<Claim> all = org.collatio.editor.handlers.LinkClaimHandler.allClaims(session.getStore());
		assertEquals(2, all.size());
		assertEquals("[MassisPost, 2023-09-21] Vladimir Putin: " + quote, org.collatio.editor.claims.LinkClaimDialog.describe(claim));
	}
}
