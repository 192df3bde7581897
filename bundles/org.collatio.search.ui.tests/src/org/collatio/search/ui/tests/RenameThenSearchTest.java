/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.TagCommands;
import org.collatio.core.tags.Tags;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.search.SearchHit;
import org.collatio.search.ui.SearchView;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In the workbench, as a researcher does it: tag and claim a sentence, save, rename the tag and the
 * speaker (which writes corpus.xmi only), save, and search by the new names in the Search view.
 */
class RenameThenSearchTest {

	private static final String DOCUMENT = "003_a198eed70dad4c69";
	private static final String SENTENCE = "we became fully convinced of the significance of friendly, allied relations";

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private final CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);

	@AfterEach
	void restore() throws Exception {
		while (session.getEditingDomain().getCommandStack().canUndo()) {
			session.getEditingDomain().getCommandStack().undo();
		}
		session.getEditingDomain().getCommandStack().flush();
		session.save();
		page.closeAllEditors(false);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		session.getEditingDomain().getCommandStack().execute(command);
	}

	private static List<String> documents(SearchView view) {
		List<String> ids = new ArrayList<>();
		for (TreeItem item : view.getResults().getTree().getItems()) {
			ids.add(((SearchHit) item.getData()).documentId());
		}
		return ids;
	}

	private static List<String> search(SearchView view, String query) throws InterruptedException {
		view.search(query);
		SearchViewTest.awaitSearch(view);
		return documents(view);
	}

	@Test
	void aRenamedTagOrSpeakerIsFoundByItsNewNameAndNoLongerByItsOld() throws Exception {
		var corpus = session.getStore().getCorpus();
		DocumentContent content = session.getStore().getContent(session.getStore().findDocument(DOCUMENT));
		int begin = content.getText().indexOf(SENTENCE);
		Tag claim = Tags.byKey(corpus, "c").orElseThrow();
		execute(SpanCommands.tag(session.getEditingDomain(), content, begin, begin + SENTENCE.length(), claim));
		Entity speaker = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
		execute(ClaimCommands.addEntity(session.getEditingDomain(), corpus, speaker));
		execute(ClaimCommands.makeClaim(session.getEditingDomain(), content, List.of(SpanCommands.exactSpan(content, begin, begin + SENTENCE.length())),
				new ClaimCommands.ClaimFields(speaker, null, null, null, null, Stance.ASSERTS, null, null)));
		session.save();
		SearchView view = (SearchView) page.showView(SearchView.ID);
		assertEquals(List.of(DOCUMENT), search(view, "speaker:Pashinyan"), view.getStatus());

		execute(TagCommands.rename(session.getEditingDomain(), claim, "Allegation"));
		execute(SetCommand.create(session.getEditingDomain(), speaker, CollatioPackage.Literals.ENTITY__CANONICAL_NAME, "Nikol Pashinian"));
		session.save(); // writes corpus.xmi only: the index follows the renames

		assertEquals(List.of(DOCUMENT), search(view, "tag:allegation"), view.getStatus());
		assertEquals(List.of(DOCUMENT), search(view, "speaker:Pashinian"), view.getStatus());
		assertEquals(List.of(), search(view, "speaker:Pashinyan"), "the old name no longer finds it: " + view.getStatus());
	}
}
