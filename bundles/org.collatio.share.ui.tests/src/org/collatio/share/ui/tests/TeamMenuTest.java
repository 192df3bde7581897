/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.share.Credentials;
import org.collatio.share.Mergers;
import org.collatio.share.SharedCorpus;
import org.collatio.share.merge.Conflict;
import org.collatio.share.resolve.ConflictResolution.Choice;
import org.collatio.share.resolve.ConflictResolution.Value;
import org.collatio.share.ui.HistoryView;
import org.collatio.share.ui.Sharing;
import org.collatio.share.ui.SharingPrompts;
import org.collatio.share.tests.servers.GitSshServer;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team menu as a coder uses it: Alice, in the workbench, synchronises with a corpus Bob changed
 * too (his layer comes in, the proposition both of them reworded is a conflict, mine stands), resolves
 * the conflict by taking Bob's wording, and reads the corpus's history in the History view.
 */
class TeamMenuTest {

	private static final String TEXT = "\uD83D\uDCF0 Talks between the two sides failed on Monday.\r\nBoth blamed the other.\r\n";

	@TempDir
	Path dir;

	private CorpusSession session;
	private IWorkbenchPage page;
	private Path previous;
	private String previousCoder;
	private final List<String> told = new ArrayList<>();

	@BeforeEach
	void aSharedCorpusBobChanged() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		previous = session.getStore().getLayout().directory();
		previousCoder = session.getCoderName();
		Path alice = dir.resolve("alice");
		try (CorpusStore store = CorpusStore.openOrCreate(alice, "Shared corpus", LayerChoice.coder("Alice"))) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, TEXT);
			Proposition talks = CollatioFactory.eINSTANCE.createProposition();
			talks.setId("talks");
			talks.setStatement("The talks failed");
			store.getCorpus().getPropositions().add(talks);
			span(store, 3, 45);
			store.save();
		}
		Git.init().setBare(true).setDirectory(dir.resolve("server.git").toFile()).call().close();
		String url = dir.resolve("server.git").toUri().toString();
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		Path bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		try (CorpusStore store = CorpusStore.open(bob, LayerChoice.coder("Bob"))) {
			span(store, 50, 72);
			store.getCorpus().getPropositions().get(0).setStatement("The talks collapsed");
			store.save();
		}
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		session.setCoderName("Alice");
		session.open(alice);
		Sharing.setPrompts(new SharingPrompts() {
			@Override
			public Remote askRemote(Shell shell, String title, String message, boolean clone) {
				return null;
			}

			@Override
			public Map<Conflict, Choice> resolve(Shell shell, List<Conflict> conflicts) {
				Map<Conflict, Choice> theirs = new LinkedHashMap<>();
				conflicts.forEach(c -> theirs.put(c, new Value(c.theirs())));
				return theirs;
			}

			@Override
			public void tell(Shell shell, String title, String message, boolean problem) {
				told.add(title + ": " + message);
			}
		});
	}

	private static void span(CorpusStore store, int begin, int end) throws Exception {
		DocumentContent content = store.getContent(store.findDocument("a"));
		SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.setId("s" + begin);
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(store.getCorpus().getTagSets().get(0).getTags().get(0));
		content.getSpans().add(span);
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		Sharing.setPrompts(null);
		if (page.findView(HistoryView.ID) != null) {
			page.hideView(page.findView(HistoryView.ID));
		}
		page.closeAllEditors(false);
		session.setCoderName(previousCoder);
		session.open(previous);
	}

	private void execute(String commandId) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), Map.of());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	private static void processEvents() throws InterruptedException {
		UiWait.recomputations();
	}

	private String statement() {
		return session.getStore().getCorpus().getPropositions().get(0).getStatement();
	}

	@Test
	void openingASharedCorpusOverSshAsksOnceWhetherToTrustTheServer() throws Exception {
		KeyPair key = GitSshServer.newKeyPair();
		Path ssh = dir.resolve("carol-ssh");
		GitSshServer.writeIdentity(ssh, key);
		Path previousSsh = Sharing.sshDirectory();
		Sharing.setSshDirectory(ssh); // as set in Window > Preferences > Team
		List<String> asked = new ArrayList<>();
		Path carol = dir.resolve("carol");
		try (GitSshServer server = GitSshServer.start(dir.resolve("served"), key.getPublic())) {
			String url = server.newRepository("corpus.git");
			try (Git git = Git.open(dir.resolve("server.git").toFile())) {
				git.push().setRemote(dir.resolve("served/corpus.git").toUri().toString()).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
			}
			Sharing.setPrompts(new SharingPrompts() {
				@Override
				public Remote askRemote(Shell shell, String title, String message, boolean clone) {
					return new Remote(url, Credentials.NONE, carol);
				}

				@Override
				public Map<Conflict, Choice> resolve(Shell shell, List<Conflict> conflicts) {
					return null;
				}

				@Override
				public boolean trustHostKey(Shell shell, String title, String message) {
					asked.add(message);
					return true;
				}

				@Override
				public void tell(Shell shell, String title, String message, boolean problem) {
					told.add(title + ": " + message);
				}
			});

			execute("org.collatio.share.ui.commands.openShared");

			assertEquals(1, asked.size(), asked.toString());
			assertTrue(asked.get(0).startsWith(url + ": ") && asked.get(0).contains("not known here"), asked.get(0));
			assertEquals(List.of(), told, "nothing went wrong");
			assertEquals(carol.toAbsolutePath().normalize(), session.getStore().getLayout().directory(), "the clone is open");
			assertTrue(Files.readString(ssh.resolve("known_hosts")).contains(server.knownHostsLine().strip().split(" ")[2]), "the server is known now");
		} finally {
			Sharing.setSshDirectory(previousSsh);
		}
	}

	@Test
	void synchronizeBringsBobsWorkInAndTheConflictIsResolvedByChoosingHisWording() throws Exception {
		Proposition talks = session.getStore().getCorpus().getPropositions().get(0);
		session.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), talks, CollatioPackage.Literals.PROPOSITION__STATEMENT, "The talks were postponed"));

		execute("org.collatio.share.ui.commands.synchronize");

		assertFalse(session.isDirty(), "saved before the exchange");
		assertTrue(session.getStore().getLayers().containsKey("bob"), "Bob's layer came in: " + session.getStore().getLayers().keySet());
		assertEquals("The talks were postponed", statement(), "mine stands until the conflict is resolved");
		assertEquals(1, told.size(), told.toString());
		assertTrue(told.get(0).contains("1 conflicts"), told.get(0));
		assertTrue(Files.isRegularFile(dir.resolve("alice/conflicts.json")));

		execute("org.collatio.share.ui.commands.resolveConflicts");

		assertEquals("The talks collapsed", statement(), "Bob's wording, chosen");
		assertFalse(Files.exists(dir.resolve("alice/conflicts.json")), "nothing left to resolve");
		assertFalse(session.isDirty(), "the resolution is saved, to be sent with the next synchronisation");
		session.getEditingDomain().getCommandStack().undo();
		assertEquals("The talks were postponed", statement(), "a resolution is undone like any edit");
		session.getEditingDomain().getCommandStack().redo();

		execute("org.collatio.share.ui.commands.synchronize");
		assertTrue(told.get(told.size() - 1).startsWith("Synchronize: Sent: Alice:"), told.toString());

		HistoryView history = (HistoryView) page.showView(HistoryView.ID);
		processEvents();
		UiWait.poll(() -> history.getTable().getTable().getItemCount() > 0, Duration.ofSeconds(5));
		int versions = history.getTable().getTable().getItemCount();
		assertTrue(versions >= 4, "share, Bob's work, the merge, the resolution: " + versions);
		assertEquals("History of the corpus: " + versions + " versions", history.getHeading());
		List<String> authors = new ArrayList<>();
		for (int i = 0; i < versions; i++) {
			authors.add(history.getTable().getTable().getItem(i).getText(1));
		}
		assertTrue(authors.contains("Alice") && authors.contains("Bob"), authors.toString());
	}

	@Test
	void autoSyncIsOffByDefaultAndARoundBringsTheOthersWorkIn() throws Exception {
		assertEquals(0, org.collatio.share.ui.AutoSync.minutes(), "off by default");
		org.collatio.share.ui.AutoSync.setMinutes(10);
		try {
			assertEquals(10, org.collatio.share.ui.AutoSync.minutes());
			org.collatio.share.ui.AutoSync.roundNow();
			processEvents();
			assertTrue(session.getStore().getLayers().containsKey("bob"), "a round of the timer synchronised");
			assertEquals("The talks collapsed", statement(), "nothing of mine changed it: Bob's change came in");
		} finally {
			org.collatio.share.ui.AutoSync.setMinutes(0);
		}
	}
}
