/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import org.collatio.share.tests.servers.GitDaemon;
import org.collatio.share.tests.servers.SystemGit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "an interrupted sync is completed by the next one": Bob's {@code collatio sync}, in a JVM
 * of its own, is killed (SIGKILL) at seeded random moments while it commits, fetches, merges Alice's
 * work, writes the files and pushes to a git daemon. After each kill the next sync (in-process) must
 * succeed; then the remote and Bob's clone are whole for the machine's git ({@code git fsck}), Bob's
 * branch is the remote's, nothing is left uncommitted, and Alice's clone, synced, holds the same
 * source files as Bob's. {@code -Dcollatio.kill.seed=N} replays a run.
 */
class SyncKillTest {

	private static final int ARTICLES = 150;
	private static final int KILLS = 10;
	private static final int BATCH = 50;

	@TempDir
	Path dir;

	@Test
	void aKilledSyncLeavesARepositoryTheNextSyncCompletes() throws Exception {
		long seed = Long.getLong("collatio.kill.seed", KillTest.DEFAULT_SEED);
		System.out.println("SyncKillTest: seed " + seed + " (replay with -Dcollatio.kill.seed=" + seed + ")");
		Random random = new Random(seed);
		Path in = dir.resolve("in");
		Articles.copy(ARTICLES, seed, in);
		Path alice = dir.resolve("alice");
		Path bob = dir.resolve("bob");
		CliRun imported = CliRun.of("import", "--quiet", "--corpus", alice.toString(), in.toString());
		assertEquals(true, imported.code() <= 1, imported.err());
		try (GitDaemon daemon = GitDaemon.start(dir.resolve("served"))) {
			String url = daemon.newRepository("corpus.git");
			Path bare = daemon.repository("corpus.git");
			expectOk(CliRun.of("share", "--corpus", alice.toString(), "--remote", url, "--coder", "Alice"));
			expectOk(CliRun.of("clone", url, bob.toString()));
			Coders.annotate(bob, "Bob", 0, 1, 0); // Bob joins (corpus.xmi) before the kills: no merge of corpus.xmi needed below
			expectOk(CliRun.of("sync", "--corpus", bob.toString(), "--coder", "Bob"));
			expectOk(CliRun.of("sync", "--corpus", alice.toString(), "--coder", "Alice"));
			ChildCli child = ChildCli.create(dir.resolve("cp"));

			long controlMillis = Long.MAX_VALUE;
			for (int control = 1; control <= 3; control++) { // the shortest of three: the first one warms the disk caches
				work(alice, bob, -control);
				long start = System.nanoTime();
				Process process = child.start(dir.resolve("control.log"), "sync", "--corpus", bob.toString(), "--coder", "Bob");
				if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
					fail("the control sync in a child JVM failed; " + child.describe() + "\n" + Files.readString(dir.resolve("control.log")));
				}
				controlMillis = Math.min(controlMillis, (System.nanoTime() - start) / 1_000_000);
				expectOk(CliRun.of("sync", "--corpus", alice.toString(), "--coder", "Alice"));
			}
			System.out.printf("SyncKillTest: control sync in a child JVM (merge + push of %d files): %d ms%n", 2 * BATCH, controlMillis);

			List<String> failures = new ArrayList<>();
			for (int kill = 1; kill <= KILLS; kill++) {
				work(alice, bob, kill);
				// the first half of a run is mostly the JVM starting: kill mostly in the second half
				long delay = (long) (controlMillis * (0.55 + random.nextDouble() * 0.5));
				Process process = child.start(dir.resolve("killed-" + kill + ".log"), "sync", "--corpus", bob.toString(), "--coder", "Bob");
				boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
				if (!finished) {
					process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				}
				String what = String.format("seed %d kill %d (after %d ms)%s", seed, kill, delay, finished ? " [it had finished]" : "");
				System.out.printf("SyncKillTest: %s: %s%n", what, state(bob, bare));
				CliRun next = CliRun.of("sync", "--corpus", bob.toString(), "--coder", "Bob");
				next.problems(List.of(bob.toString(), url)).forEach(p -> failures.add(what + ": the next sync: " + p));
				if (next.code() != 0) {
					failures.add(what + ": the next sync exits " + next.code() + ": " + CliRun.firstLines(next.err(), 3));
					continue;
				}
				check(what, failures, bare, bob, "the remote", "fsck", "--strict");
				check(what, failures, bob, bob, "Bob's clone", "fsck", "--strict");
				String status = SystemGit.run(bob, "status", "--porcelain");
				if (!status.isBlank()) {
					failures.add(what + ": after the next sync git sees changes left in Bob's clone: " + status.strip());
				}
				String remoteMain = SystemGit.run(bare, "rev-parse", "main").strip();
				if (!remoteMain.equals(SystemGit.run(bob, "rev-parse", "HEAD").strip())) {
					failures.add(what + ": after the next sync Bob's branch is not the remote's");
				}
				CliRun alices = CliRun.of("sync", "--corpus", alice.toString(), "--coder", "Alice");
				if (alices.code() != 0) {
					failures.add(what + ": Alice's sync exits " + alices.code() + ": " + CliRun.firstLines(alices.err(), 3));
				} else if (!sourceFiles(alice).equals(sourceFiles(bob))) {
					failures.add(what + ": after both synced, Alice's and Bob's source files differ");
				}
				try (CorpusStore store = CorpusStore.open(bob)) {
					store.getCorpus().getDocuments().size();
				} catch (Exception e) {
					failures.add(what + ": Bob's corpus does not open: " + e.getMessage());
				}
			}
			failures.forEach(f -> System.out.println("SyncKillTest: " + f));
			if (!failures.isEmpty()) {
				fail(failures.size() + " failures:\n" + String.join("\n", failures));
			}
		}
	}

	/** Alice and Bob each code a batch of documents in their own layer; Alice syncs, so that Bob's next sync merges. */
	private static void work(Path alice, Path bob, int round) throws Exception {
		int from = 1 + Math.floorMod(round * BATCH, ARTICLES - BATCH);
		Coders.annotate(alice, "Alice", from, from + BATCH, 10 + round);
		Coders.annotate(bob, "Bob", from, from + BATCH, 20 + round);
		expectOk(CliRun.of("sync", "--corpus", alice.toString(), "--coder", "Alice"));
	}

	private static void expectOk(CliRun run) {
		assertEquals(List.of(), run.problems(List.of()), run.command());
		assertEquals(0, run.code(), run.command() + ": " + run.err());
	}

	private static void check(String what, List<String> failures, Path where, Path shown, String name, String... args) throws Exception {
		SystemGit.Result result = SystemGit.tryRun(where, args);
		if (result.code() != 0) {
			failures.add(what + ": git " + String.join(" ", args) + " of " + name + " fails: " + CliRun.firstLines(result.output(), 3));
		}
	}

	/** Where the killed sync was: what it left in Bob's repository, and how far it got. */
	private static String state(Path clone, Path bare) throws Exception {
		List<String> found = new ArrayList<>();
		for (String name : List.of("index.lock", "HEAD.lock", "refs/heads/main.lock", "refs/collatio/sync")) {
			if (Files.exists(clone.resolve(".git").resolve(name))) {
				found.add(name);
			}
		}
		long changed = SystemGit.run(clone, "status", "--porcelain").lines().count();
		String head = SystemGit.run(clone, "rev-parse", "HEAD").strip();
		String remote = SystemGit.run(bare, "rev-parse", "main").strip();
		boolean merged = SystemGit.tryRun(clone, "merge-base", "--is-ancestor", remote, head).code() == 0;
		String stage = found.contains("refs/collatio/sync") ? "killed while moving the folder to the merge"
				: changed > 0 ? "killed before its commit" : head.equals(remote) ? "killed after its push"
						: merged ? "killed after its merge, before or during the push" : "killed after its commit, before the merge";
		return stage + " (" + (found.isEmpty() ? "no lock or journal left" : "left " + found) + ", " + changed + " paths changed)";
	}

	private static SortedMap<String, String> sourceFiles(Path corpus) throws Exception {
		SortedMap<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(corpus)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String path = corpus.relativize(file).toString();
				if (path.startsWith(".git/") || path.startsWith("index") || path.startsWith("derived/") || path.equals(".collatio.lock")
						|| path.startsWith("documents/.orphaned/") || path.endsWith(".tmp")) {
					continue;
				}
				files.put(path, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))) + ":" + Files.size(file));
			}
		}
		return files;
	}
}
