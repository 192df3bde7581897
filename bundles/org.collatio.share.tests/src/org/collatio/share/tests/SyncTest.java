/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import org.collatio.share.tests.servers.GitDaemon;
import org.collatio.share.tests.servers.SystemGit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusStore;
import org.collatio.share.Credentials;
import org.collatio.share.SharedCorpus;
import org.collatio.share.ShareException;
import org.collatio.share.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders share a corpus through a real Git server on this machine (a bare repository reached by
 * a file URL, or git daemon on a loopback port), each in a clone of their own, and sync: what came
 * in, what went out, and that both clones end with the same source files; the machine's own git
 * reads what was written. Where a sync needs no merge of XMI, the merger given fails the test if it
 * is called.
 */
class SyncTest {

	@TempDir
	Path dir;

	private static SyncResult sync(Path corpus, String coder) throws ShareException {
		return SharedCorpus.sync(corpus, coder, Credentials.NONE, StandInMergers.NEVER, null);
	}

	@Test
	void sharingCommitsTheSourceFilesInTheCodersNameAndIgnoresDerivedOnes() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 3);
		Files.createDirectories(alice.resolve("derived"));
		Files.writeString(alice.resolve("derived/claims.json"), "{}");
		Files.createDirectories(alice.resolve("index"));
		Files.writeString(alice.resolve("index/segments_1"), "x");
		Files.writeString(alice.resolve(".corpus.xmi123.tmp"), "half a save");
		String url = SystemGit.bare(dir.resolve("server.git"));

		SyncResult shared = SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);

		assertTrue(shared.pushed());
		assertEquals("Alice: shares the corpus (3 documents added, corpus.xmi, .gitattributes, .gitignore)", shared.commitMessage());
		Path bare = dir.resolve("server.git");
		assertEquals(List.of(".gitattributes", ".gitignore", "corpus.xmi", "documents/doc1.txt", "documents/doc2.txt", "documents/doc3.txt"),
				SystemGit.run(bare, "ls-tree", "-r", "--name-only", "main").lines().toList());
		assertEquals("Alice\t" + shared.commitMessage(), SystemGit.run(bare, "log", "--format=%an%x09%s", "main").strip());
		SystemGit.run(bare, "fsck", "--strict");
		SystemGit.run(alice, "fsck", "--strict");
		assertEquals("", SystemGit.run(alice, "status", "--porcelain"), "git sees nothing uncommitted, the derived files ignored");
	}

	@Test
	void aCloneOverGitDaemonHoldsTheSameSourceFilesAndOpens() throws Exception {
		try (GitDaemon daemon = GitDaemon.start(dir.resolve("served"))) {
			Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 3);
			ShareCorpora.annotate(alice, "Alice", "doc1", 0, 7);
			String url = daemon.newRepository("corpus.git");
			SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);

			Path bob = dir.resolve("bob");
			SharedCorpus.clone(url, bob, Credentials.NONE, null);

			assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(bob));
			try (CorpusStore store = CorpusStore.open(bob)) {
				assertEquals(3, store.getCorpus().getDocuments().size());
				assertEquals(1, store.getContent(store.findDocument("doc1")).getSpans().size());
			}
			SystemGit.run(bob, "fsck", "--strict");
		}
	}

	@Test
	void concurrentWorkInTheirOwnLayersMergesWithoutConflictAndBothClonesEndTheSame() throws Exception {
		try (GitDaemon daemon = GitDaemon.start(dir.resolve("served"))) {
			Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 3);
			String url = daemon.newRepository("corpus.git");
			SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
			Path bob = dir.resolve("bob");
			SharedCorpus.clone(url, bob, Credentials.NONE, null);

			ShareCorpora.annotate(bob, "Bob", "doc1", 0, 7); // registers Bob in corpus.xmi, annotates in his layer
			SyncResult bobs = sync(bob, "Bob");
			assertTrue(bobs.pushed());
			assertEquals("Bob: 1 document annotated, corpus.xmi (coders)", bobs.commitMessage());

			ShareCorpora.annotate(alice, "Alice", "doc2", 8, 11);
			ShareCorpora.annotate(alice, "Alice", "doc3", 0, 7);
			Set<String> besideBefore = listing(dir);
			SyncResult alices = sync(alice, "Alice");

			assertEquals(List.of("documents/doc2.xmi", "documents/doc3.xmi"), alices.committed());
			assertEquals("Alice: 2 documents annotated", alices.commitMessage());
			assertTrue(alices.broughtIn().contains("corpus.xmi"), alices.broughtIn().toString());
			assertTrue(alices.broughtIn().stream().anyMatch(p -> p.startsWith("documents/doc1@")), alices.broughtIn().toString());
			assertEquals(List.of(), alices.merged());
			assertEquals(List.of(), alices.conflicts());
			assertTrue(alices.pushed());
			assertEquals(besideBefore, listing(dir), "the sync wrote nothing outside the corpus folder");

			SyncResult bobsSecond = sync(bob, "Bob");
			assertFalse(bobsSecond.pushed(), "a fast-forward has nothing to push");
			assertEquals(Set.of("documents/doc2.xmi", "documents/doc3.xmi"), Set.copyOf(bobsSecond.broughtIn()));
			assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(bob));

			Path bare = daemon.repository("corpus.git");
			SystemGit.run(bare, "fsck", "--strict");
			assertEquals("1", SystemGit.run(bare, "rev-list", "--merges", "--count", "main").strip(), "one merge commit, with both parents");
			assertEquals(Set.of("Alice", "Bob"), Set.copyOf(SystemGit.run(bare, "log", "--format=%an", "main").lines().toList()));
			assertTrue(SystemGit.run(bare, "log", "-1", "--format=%s", "main").startsWith("Alice: merges the work of Bob (1 document annotated, corpus.xmi"));
			try (CorpusStore store = CorpusStore.open(bob)) {
				assertEquals(1, store.getContent(store.findDocument("doc2")).getSpans().size(), "Bob's clone opens on Alice's layer with her work");
			}
		}
	}

	@Test
	void aSyncWithNothingToDoCommitsAndPushesNothing() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		String url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		Path bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		String before = SystemGit.run(dir.resolve("server.git"), "rev-parse", "main");

		SyncResult again = sync(alice, "Alice");
		SyncResult clone = sync(bob, "Bob");

		assertTrue(again.nothingToDo(), again.toString());
		assertTrue(clone.nothingToDo(), clone.toString());
		assertFalse(clone.changedFiles());
		assertEquals(before, SystemGit.run(dir.resolve("server.git"), "rev-parse", "main"));
		assertEquals(before, SystemGit.run(alice, "rev-parse", "HEAD"));
	}

	@Test
	void twoTextsUnderOneNameAreRefusedWithNothingMerged() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 1);
		String url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		Path bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		ShareCorpora.work(bob, null, (store, domain) -> ShareCorpora.addDocument(store, "extra", "Bob's article.\n"));
		sync(bob, "Bob");
		ShareCorpora.work(alice, null, (store, domain) -> ShareCorpora.addDocument(store, "extra", "Alice's article, another one.\n"));
		String aliceText = Files.readString(alice.resolve("documents/extra.txt"));

		ShareException refused = assertThrows(ShareException.class, () -> sync(alice, "Alice"));

		assertEquals(ShareException.Problem.NOT_MERGEABLE, refused.getProblem());
		assertTrue(refused.getMessage().contains("documents/extra.txt") && refused.getMessage().contains(url), refused.getMessage());
		assertEquals(aliceText, Files.readString(alice.resolve("documents/extra.txt")), "nothing written here");
		assertTrue(SystemGit.run(alice, "log", "-1", "--format=%s").startsWith("Alice: 1 document added"), "Alice's work is committed locally");
		assertEquals(SystemGit.run(bob, "rev-parse", "HEAD"), SystemGit.run(dir.resolve("server.git"), "rev-parse", "main"), "the remote is Bob's");
	}

	@Test
	void aRemoteThatIsNotACorpusIsRefusedAndTheCloneLeavesNothingBehind() throws Exception {
		String url = SystemGit.bare(dir.resolve("notes.git"));
		Path work = Files.createDirectories(dir.resolve("notes"));
		SystemGit.run(work, "init", "--quiet", "-b", "main");
		Files.writeString(work.resolve("README.md"), "Meeting notes\n");
		SystemGit.run(work, "add", "README.md");
		SystemGit.run(work, "commit", "--quiet", "-m", "notes");
		SystemGit.run(work, "push", "--quiet", url, "main");

		Path target = dir.resolve("clone");
		ShareException refused = assertThrows(ShareException.class, () -> SharedCorpus.clone(url, target, Credentials.NONE, null));
		assertEquals(ShareException.Problem.NOT_A_CORPUS, refused.getProblem());
		assertTrue(refused.getMessage().startsWith(url + ": not a Collatio corpus"), refused.getMessage());
		assertFalse(Files.exists(target), "nothing left behind");

		Path empty = Files.createDirectories(dir.resolve("empty-folder"));
		String emptyUrl = SystemGit.bare(dir.resolve("empty.git"));
		ShareException nothing = assertThrows(ShareException.class, () -> SharedCorpus.clone(emptyUrl, empty, Credentials.NONE, null));
		assertTrue(nothing.getMessage().contains("holds no corpus"), nothing.getMessage());
		try (Stream<Path> left = Files.list(empty)) {
			assertEquals(0, left.count(), "the empty folder given stays empty");
		}
	}

	@Test
	void aWrongAddressIsNamedAndTheCloneLeavesNothingBehind() throws Exception {
		// folder names that look like HTTP statuses (JUnit's temporary folders have random digits) are not a refusal
		String missing = "file://" + dir.resolve("401").resolve("junit4031").resolve("no-such.git");
		ShareException notThere = assertThrows(ShareException.class, () -> SharedCorpus.clone(missing, dir.resolve("a"), Credentials.NONE, null));
		assertEquals(ShareException.Problem.NO_REPOSITORY, notThere.getProblem());
		assertTrue(notThere.getMessage().startsWith(missing + ": "), notThere.getMessage());
		assertFalse(Files.exists(dir.resolve("a")));

		int closedPort;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		String refusedUrl = "git://127.0.0.1:" + closedPort + "/corpus.git";
		ShareException refused = assertThrows(ShareException.class, () -> SharedCorpus.clone(refusedUrl, dir.resolve("b"), Credentials.NONE, null));
		assertEquals(ShareException.Problem.NETWORK, refused.getProblem());
		assertTrue(refused.getMessage().startsWith(refusedUrl + ": ") && refused.getMessage().contains("connection refused"), refused.getMessage());
		assertFalse(Files.exists(dir.resolve("b")));

		ShareException ssh = assertThrows(ShareException.class, () -> SharedCorpus.clone("ssh://git@127.0.0.1:1/x.git", dir.resolve("c"), Credentials.NONE, null));
		assertTrue(ssh.getMessage().contains("ssh"), ssh.getMessage());
	}

	@Test
	void aServerThatIsDownFailsTheSyncWithNothingLostAndTheNextSyncSendsTheWork() throws Exception {
		Path served = dir.resolve("served");
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		int port;
		String url;
		try (GitDaemon daemon = GitDaemon.start(served)) {
			url = daemon.newRepository("corpus.git");
			port = daemon.port();
			SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		}
		ShareCorpora.annotate(alice, "Alice", "doc1", 0, 7);
		byte[] annotations = Files.readAllBytes(alice.resolve("documents/doc1.xmi"));

		ShareException down = assertThrows(ShareException.class, () -> sync(alice, "Alice"));

		assertEquals(ShareException.Problem.NETWORK, down.getProblem());
		assertTrue(down.getMessage().startsWith(url + ": fetching failed") && down.getMessage().contains("nothing here was changed or lost"),
				down.getMessage());
		assertTrue(java.util.Arrays.equals(annotations, Files.readAllBytes(alice.resolve("documents/doc1.xmi"))));
		assertEquals("Alice: 1 document annotated", SystemGit.run(alice, "log", "-1", "--format=%s").strip());

		try (GitDaemon again = GitDaemon.start(served, port)) {
			SyncResult retried = sync(alice, "Alice");
			assertTrue(retried.pushed());
			assertEquals(List.of(), retried.committed(), "committed by the failed sync already");
			assertEquals(SystemGit.run(alice, "rev-parse", "HEAD"), SystemGit.run(again.repository("corpus.git"), "rev-parse", "main"));
		}
	}

	@Test
	void aPushRefusedBecauseSomeonePushedMeanwhileIsMergedAndPushedAgain() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 3);
		String url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		Path bob = dir.resolve("bob");
		Path carol = dir.resolve("carol");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		SharedCorpus.clone(url, carol, Credentials.NONE, null);
		ShareCorpora.addEntity(bob, "Bob", "Nikol Pashinyan");
		sync(bob, "Bob");
		ShareCorpora.annotate(carol, null, "doc3", 0, 7); // Carol codes on the first coder's layer: no change to corpus.xmi
		ShareCorpora.addEntity(alice, "Alice", "Ilham Aliyev");

		// stand-in merger: corpus.xmi changed on both sides; while Alice merges, Carol pushes
		StandInMergers.KeepMine merger = new StandInMergers.KeepMine(() -> {
			try {
				assertTrue(sync(carol, "Carol").pushed());
			} catch (ShareException e) {
				throw new AssertionError(e.getMessage(), e);
			}
		});
		SyncResult alices = SharedCorpus.sync(alice, "Alice", Credentials.NONE, merger, null);

		assertTrue(alices.pushed());
		assertEquals(1, merger.calls.get(), "the second merge needs no merge of corpus.xmi");
		assertTrue(alices.broughtIn().contains("documents/doc3.xmi"), alices.broughtIn().toString());
		sync(bob, "Bob");
		sync(carol, "Carol");
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(bob));
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(carol));
		SystemGit.run(dir.resolve("server.git"), "fsck", "--strict");
	}

	@Test
	void conflictsTheMergerLeavesAreRecordedInConflictsJsonAndReachTheOtherSide() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		String url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		Path bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		ShareCorpora.addEntity(bob, "Bob", "Nikol Pashinyan");
		sync(bob, "Bob");
		ShareCorpora.addEntity(alice, "Alice", "Ilham Aliyev");
		byte[] mine = Files.readAllBytes(alice.resolve("corpus.xmi"));

		// stand-in merger: keeps mine and reports a conflict (the plumbing, not a real merge)
		SyncResult alices = SharedCorpus.sync(alice, "Alice", Credentials.NONE, new StandInMergers.KeepMine(), null);

		assertEquals(List.of("corpus.xmi"), alices.merged());
		assertEquals(1, alices.conflicts().size());
		assertTrue(java.util.Arrays.equals(mine, Files.readAllBytes(alice.resolve("corpus.xmi"))), "the merged file holds mine meanwhile");
		String json = Files.readString(alice.resolve(SharedCorpus.CONFLICTS_FILE));
		assertTrue(json.contains("\"mineBy\" : \"Alice\"") && json.contains("\"theirsBy\" : \"Bob\"") && json.contains("\"id\" : \"e-test\""), json);
		assertTrue(SystemGit.run(dir.resolve("server.git"), "log", "-1", "--format=%s", "main").contains("1 conflict, see conflicts.json"));

		SyncResult bobs = sync(bob, "Bob");
		assertTrue(bobs.broughtIn().contains(SharedCorpus.CONFLICTS_FILE));
		assertEquals(json, Files.readString(bob.resolve(SharedCorpus.CONFLICTS_FILE)));
	}

	@Test
	void theLogNamesTheCodersAndAnEarlierVersionReadsBack() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		String url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		ShareCorpora.annotate(alice, "Alice", "doc1", 0, 7);
		sync(alice, "Alice");
		byte[] first = Files.readAllBytes(alice.resolve("documents/doc1.xmi"));
		ShareCorpora.annotate(alice, "Alice", "doc1", 8, 11);
		ShareCorpora.annotate(alice, "Alice", "doc2", 8, 11);
		sync(alice, "Alice");

		var all = SharedCorpus.log(alice, null, 10);
		var doc1 = SharedCorpus.logOfDocument(alice, "doc1", 10);
		var doc2Only = SharedCorpus.log(alice, "documents/doc2.xmi", 10);

		assertEquals(3, all.size());
		assertEquals(List.of("Alice: 2 documents annotated", "Alice: 1 document annotated", "Alice: shares the corpus (2 documents added, corpus.xmi, .gitattributes, .gitignore)"),
				all.stream().map(e -> e.message()).toList());
		assertTrue(all.stream().allMatch(e -> e.author().equals("Alice")));
		assertEquals(List.of("documents/doc1.xmi", "documents/doc2.xmi"), all.get(0).paths());
		assertEquals(3, doc1.size(), "its text came with the share, its annotations twice");
		assertEquals(List.of("documents/doc1.xmi"), doc1.get(0).paths());
		assertEquals(1, doc2Only.size());
		assertTrue(java.util.Arrays.equals(first, SharedCorpus.readAt(alice, all.get(1).commitId(), "documents/doc1.xmi")));
		assertTrue(java.util.Arrays.equals(first, SharedCorpus.readAt(alice, all.get(1).commitId().substring(0, 12), "documents/doc1.xmi")));
		ShareException absent = assertThrows(ShareException.class, () -> SharedCorpus.readAt(alice, all.get(2).commitId(), "documents/doc1.xmi"));
		assertTrue(absent.getMessage().contains("documents/doc1.xmi is not in version"), absent.getMessage());
		assertEquals(3, SystemGit.run(alice, "log", "--oneline").lines().count(), "git reads the same history");
	}

	@Test
	void aFolderThatIsNotSharedIsToldSo() throws Exception {
		Path alone = ShareCorpora.create(dir.resolve("alone"), "Alice", 1);
		ShareException notShared = assertThrows(ShareException.class, () -> sync(alone, "Alice"));
		assertEquals(ShareException.Problem.NOT_SHARED, notShared.getProblem());
		assertTrue(notShared.getMessage().contains("not shared"), notShared.getMessage());
	}

	private static Set<String> listing(Path folder) throws java.io.IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return Set.copyOf(entries.map(p -> p.getFileName().toString()).toList());
		}
	}
}
