/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import org.collatio.share.tests.servers.GitDaemon;
import org.collatio.share.tests.servers.GitSshServer;
import org.collatio.share.tests.servers.SystemGit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.collatio.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collatio share}, {@code clone}, {@code sync} and {@code log} as a user or a script sees
 * them, against a bare repository on disk: what each prints, the exit codes of a refusal (1), of bad
 * usage (2) and of a server that cannot be reached (3), never a stack trace.
 */
class ShareCliTest {

	@TempDir
	Path dir;
	private Path alice;
	private String url;

	private static CliRun run(List<String> culprits, String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(List.of(), run.problems(culprits), run.command());
		return run;
	}

	@BeforeEach
	void aliceImportsTheSeedsAndShares() throws Exception {
		alice = dir.resolve("alice");
		assertEquals(ExitCodes.OK, run(List.of(), "import", "--quiet", "--corpus", alice.toString(), Articles.repository().resolve("seeds").toString()).code());
		url = SystemGit.bare(dir.resolve("server.git"));
		CliRun shared = run(List.of(), "share", "--corpus", alice.toString(), "--remote", url, "--coder", "Alice");
		assertEquals(ExitCodes.OK, shared.code(), shared.err());
		assertTrue(shared.out().startsWith("Shared " + alice + " with " + url + ": "), shared.out());
		assertTrue(shared.out().contains("Alice: shares the corpus (5 documents added"), shared.out());
	}

	@Test
	void cloneSyncAndLogCarryACodersWorkToTheOther() throws Exception {
		Path bob = dir.resolve("bob");
		CliRun cloned = run(List.of(), "clone", url, bob.toString());
		assertEquals(ExitCodes.OK, cloned.code(), cloned.err());
		assertEquals("Cloned " + url + " into " + bob + ": 5 documents, coders Alice.", cloned.out().strip());

		Coders.annotate(bob, "Bob", 0, 2, 0);
		CliRun bobs = run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob");
		assertEquals(ExitCodes.OK, bobs.code(), bobs.err());
		assertTrue(bobs.out().contains("Committed 3 files: Bob: 2 documents annotated, corpus.xmi (coders)"), bobs.out());
		assertTrue(bobs.out().contains("Pushed."), bobs.out());

		CliRun alices = run(List.of(), "sync", "--corpus", alice.toString(), "--coder", "Alice");
		assertEquals(ExitCodes.OK, alices.code(), alices.err());
		assertTrue(alices.out().startsWith("Brought in 3 files: corpus.xmi, documents/"), alices.out());
		assertFalse(alices.out().contains("Pushed"), alices.out());

		CliRun nothing = run(List.of(), "sync", "--corpus", alice.toString());
		assertEquals("Nothing to do: up to date.", nothing.out().strip());

		CliRun log = run(List.of(), "log", "--corpus", alice.toString(), "--max", "5");
		assertEquals(ExitCodes.OK, log.code(), log.err());
		List<String> lines = log.out().lines().toList();
		assertEquals(4, lines.size(), log.out());
		assertTrue(lines.get(0).endsWith("Bob: 2 documents annotated, corpus.xmi (coders)"), lines.get(0));
		assertTrue(lines.get(2).contains("Alice: shares the corpus (5 documents added"), lines.get(2));
		assertTrue(lines.get(3).contains(" more"), lines.get(3));
		String firstDocument = Files.list(alice.resolve("documents")).map(p -> p.getFileName().toString()).filter(n -> n.contains("@")).findFirst()
				.orElseThrow().replaceAll("@.*", "");
		CliRun ofDocument = run(List.of(), "log", "--corpus", alice.toString(), "--document", firstDocument);
		assertEquals(4, ofDocument.out().lines().count(), ofDocument.out());
		SystemGit.run(dir.resolve("server.git"), "fsck", "--strict"); // fails the test when git finds the repository damaged
	}

	@Test
	void cloneOverSshNamesAnUnknownHostKeyAndTrustsItOnlyWhenTold() throws Exception {
		KeyPair key = GitSshServer.newKeyPair();
		Path ssh = dir.resolve("bob-ssh");
		GitSshServer.writeIdentity(ssh, key);
		try (GitSshServer server = GitSshServer.start(dir.resolve("served"), key.getPublic())) {
			String sshUrl = server.newRepository("corpus.git");
			SystemGit.run(dir.resolve("server.git"), "push", "--quiet", dir.resolve("served/corpus.git").toString(), "main");
			Path bob = dir.resolve("bob");

			CliRun unknown = run(List.of(sshUrl), "clone", "--ssh-dir", ssh.toString(), sshUrl, bob.toString());
			assertEquals(ExitCodes.IO_FAILURE, unknown.code());
			assertTrue(unknown.err().contains("host key is not known here") && unknown.err().contains("--accept-new-host-key"), unknown.err());
			assertFalse(Files.exists(bob));

			CliRun trusted = run(List.of(), "clone", "--ssh-dir", ssh.toString(), "--accept-new-host-key", sshUrl, bob.toString());
			assertEquals(ExitCodes.OK, trusted.code(), trusted.err());
			assertEquals("Cloned " + sshUrl + " into " + bob + ": 5 documents, coders Alice.", trusted.out().strip());
			Coders.annotate(bob, "Bob", 0, 1, 0);
			CliRun synced = run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob", "--ssh-dir", ssh.toString());
			assertEquals(ExitCodes.OK, synced.code(), synced.err());
			assertTrue(synced.out().contains("Pushed."), synced.out());
		}
	}

	@Test
	void refusalsAreNamedWithTheirExitCodes() throws Exception {
		Path notes = Files.createDirectories(dir.resolve("notes"));
		SystemGit.run(notes, "init", "--quiet", "-b", "main");
		Files.writeString(notes.resolve("README.md"), "notes\n");
		SystemGit.run(notes, "add", "README.md");
		SystemGit.run(notes, "commit", "--quiet", "-m", "notes");
		String notesUrl = SystemGit.bare(dir.resolve("notes.git"));
		SystemGit.run(notes, "push", "--quiet", notesUrl, "main");

		CliRun notACorpus = run(List.of(notesUrl), "clone", notesUrl, dir.resolve("c1").toString());
		assertEquals(ExitCodes.INPUT_REJECTED, notACorpus.code());
		assertTrue(notACorpus.err().contains("not a Collatio corpus"), notACorpus.err());
		assertFalse(Files.exists(dir.resolve("c1")));

		String missing = "file://" + dir.resolve("missing.git");
		assertEquals(ExitCodes.INPUT_REJECTED, run(List.of(missing), "clone", missing, dir.resolve("c2").toString()).code());

		CliRun intoAlice = run(List.of(alice.toString()), "clone", url, alice.toString());
		assertEquals(ExitCodes.IO_FAILURE, intoAlice.code());
		assertTrue(intoAlice.err().contains("not an empty folder"), intoAlice.err());

		Path lone = dir.resolve("lone");
		run(List.of(), "import", "--quiet", "--corpus", lone.toString(), Articles.repository().resolve("seeds").toString());
		CliRun notShared = run(List.of(lone.toString()), "sync", "--corpus", lone.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, notShared.code());
		assertTrue(notShared.err().contains("not shared"), notShared.err());

		CliRun noToken = run(List.of(), "sync", "--corpus", alice.toString(), "--user", "alice", "--token-env", "COLLATIO_TEST_UNSET_TOKEN");
		assertEquals(ExitCodes.USAGE, noToken.code());
		assertTrue(noToken.err().contains("COLLATIO_TEST_UNSET_TOKEN"), noToken.err());

		int closedPort;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		String down = "git://127.0.0.1:" + closedPort + "/corpus.git";
		CliRun unreachable = run(List.of(down), "clone", down, dir.resolve("c3").toString());
		assertEquals(ExitCodes.IO_FAILURE, unreachable.code());
		assertTrue(unreachable.err().contains("connection refused"), unreachable.err());
	}

	@Test
	void entitiesAddedOnBothSidesAreMergedAndARenameBothMadeIsAConflictListedWithExitCode1() throws Exception {
		Path bob = dir.resolve("bob");
		run(List.of(), "clone", url, bob.toString());
		Coders.addEntity(bob, "Bob", "Nikol Pashinyan");
		assertEquals(ExitCodes.OK, run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob").code());
		Coders.addEntity(alice, "Alice", "Ilham Aliyev");

		CliRun merged = run(List.of(), "sync", "--corpus", alice.toString(), "--coder", "Alice");
		assertEquals(ExitCodes.OK, merged.code(), merged.err());
		assertTrue(merged.out().contains("Committed 1 file: Alice: corpus.xmi (entities)"), merged.out());
		assertTrue(merged.out().contains("(1 merged)") && merged.out().contains("Pushed."), merged.out());
		assertEquals(ExitCodes.OK, run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob").code());

		Coders.renameEntity(bob, "Bob", "Ilham Aliyev", "I. Aliyev");
		assertEquals(ExitCodes.OK, run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob").code());
		Coders.renameEntity(alice, "Alice", "Ilham Aliyev", "Ilham Heydar oglu Aliyev");
		CliRun conflict = run(List.of(), "sync", "--corpus", alice.toString(), "--coder", "Alice");

		assertEquals(ExitCodes.INPUT_REJECTED, conflict.code(), conflict.out() + conflict.err());
		assertTrue(conflict.out().contains("1 conflict remains (1 from this sync), listed in conflicts.json"), conflict.out());
		assertTrue(conflict.out().contains("corpus.xmi: Entity ") && conflict.out().contains("\u201cIlham Heydar oglu Aliyev\u201d")
				&& conflict.out().contains("\u201cI. Aliyev\u201d"), conflict.out());
		CliRun bobSees = run(List.of(), "sync", "--corpus", bob.toString(), "--coder", "Bob");
		assertEquals(ExitCodes.INPUT_REJECTED, bobSees.code(), "the conflict remains for Bob too: " + bobSees.out());
	}
}
