/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.reconcile.ui.ReconciliationView;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.Recomputation;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim index as the workbench uses it: a corpus opened without {@code derived/claims.json} is
 * read in a job (the view says it is updating meanwhile, and nothing is logged), the accounts appear
 * from the records, and the index file is written for the next opening.
 */
class ClaimIndexInTheWorkbenchTest {

	@TempDir
	Path dir;

	private static void corpus(Path folder) throws Exception {
		CollatioFactory f = CollatioFactory.eINSTANCE;
		try (CorpusStore store = CorpusStore.openOrCreate(folder, "two claims")) {
			for (String id : List.of("a", "b")) {
				Document document = f.createDocument();
				document.setId(id);
				document.setOutlet("Outlet " + id);
				store.addDocument(document, "The minister said the talks had failed, in " + id + ".");
				DocumentContent content = store.getContent(document);
				SpanAnnotation span = f.createSpanAnnotation();
				span.setId("s1");
				span.setBegin(4);
				span.setEnd(12);
				content.getSpans().add(span);
				Claim claim = f.createClaim();
				claim.setId("c1");
				claim.getSpans().add(span);
				content.getClaims().add(claim);
			}
			store.save();
		}
	}

	@Test
	void aCorpusWithoutItsClaimIndexIsReadInAJobAndTheAccountsAppear() throws Exception {
		Path folder = dir.resolve("corpus");
		corpus(folder);
		assertTrue(!Files.exists(folder.resolve(CorpusLayout.DERIVED_FOLDER).resolve(ClaimIndex.FILE_NAME)));
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Path previous = session.getStore().getLayout().directory();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ReconciliationView view = (ReconciliationView) page.showView(ReconciliationView.ID);
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() >= IStatus.WARNING) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			session.open(folder);
			UiWait.poll(() -> view.getAccountsViewer().getTable().getItemCount() == 2 && Job.getJobManager().find(Recomputation.FAMILY).length == 0,
					Duration.ofSeconds(20));
			UiWait.drain(); // the last result
			assertEquals(2, view.getAccountsViewer().getTable().getItemCount(), "both claims' accounts, from the records");
			assertEquals(List.of(), logged, "nothing logged while the index was read");
			assertEquals(2, session.getClaimIndex().claimCount());
		} finally {
			Platform.removeLogListener(listener);
			page.hideView(view); // the next test gets a view of its own
			session.open(previous); // closing writes the claim index of the corpus it closes
		}
		assertTrue(Files.isRegularFile(folder.resolve(CorpusLayout.DERIVED_FOLDER).resolve(ClaimIndex.FILE_NAME)),
				"the claim index is written for the next opening");
		assertEquals(2, ClaimIndex.read(new CorpusLayout(folder)).claimCount());
	}
}
