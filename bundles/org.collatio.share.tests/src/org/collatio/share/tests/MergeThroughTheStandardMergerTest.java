/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import org.collatio.share.tests.servers.GitDaemon;
import org.collatio.share.tests.servers.SystemGit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Entity;
import org.collatio.share.Credentials;
import org.collatio.share.Mergers;
import org.collatio.share.SharedCorpus;
import org.collatio.share.ShareException;
import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeException;
import org.collatio.share.merge.XmiMerger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs where both coders changed corpus.xmi, through {@link Mergers#standard()} (the model merge),
 * the merger the command line and the workbench use: what each added ends in both clones, a field
 * both changed differently is a conflict both see; a merger refusing a file stops the sync with my
 * work kept (a stand-in refusing, as the model merge refuses a damaged version).
 */
class MergeThroughTheStandardMergerTest {

	@TempDir
	Path dir;

	private Path alice;
	private Path bob;
	private String url;

	private void twoCodersAddAnEntityEach() throws Exception {
		alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		ShareCorpora.addEntity(bob, "Bob", "Nikol Pashinyan");
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		ShareCorpora.addEntity(alice, "Alice", "Ilham Aliyev");
	}

	@Test
	void aMergerThatRefusesAFileStopsTheSyncAndKeepsMyWork() throws Exception {
		twoCodersAddAnEntityEach();
		byte[] mine = Files.readAllBytes(alice.resolve("corpus.xmi"));
		String remoteBefore = SystemGit.run(dir.resolve("server.git"), "rev-parse", "main");
		// stand-in: a merger refusing the file, as ModelMerge refuses a damaged version
		XmiMerger refusing = (path, base, my, their) -> {
			throw new MergeException(path + ": damaged (the stand-in refuses it)");
		};

		ShareException refused = assertThrows(ShareException.class, () -> SharedCorpus.sync(alice, "Alice", Credentials.NONE, refusing, null));

		assertEquals(ShareException.Problem.NOT_MERGEABLE, refused.getProblem());
		assertTrue(refused.getMessage().startsWith(url + ": corpus.xmi: damaged"), refused.getMessage());
		assertTrue(java.util.Arrays.equals(mine, Files.readAllBytes(alice.resolve("corpus.xmi"))));
		assertEquals("Alice: corpus.xmi (entities)", SystemGit.run(alice, "log", "-1", "--format=%s").strip(), "my work is committed locally");
		assertEquals(remoteBefore, SystemGit.run(dir.resolve("server.git"), "rev-parse", "main"), "nothing was pushed");
	}

	@Test
	void theSameEntityRenamedDifferentlyIsAConflictBothSidesSee() throws Exception {
		twoCodersAddAnEntityEach();
		SharedCorpus.sync(alice, "Alice", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		rename(bob, "Nikol Pashinyan", "N. Pashinyan");
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		rename(alice, "Nikol Pashinyan", "Nikol Vovayi Pashinyan");

		var result = SharedCorpus.sync(alice, "Alice", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(List.of("corpus.xmi", "Entity", "Nikol Pashinyan", "Nikol Vovayi Pashinyan", "N. Pashinyan"),
				List.of(conflict.path(), conflict.kind(), conflict.base(), conflict.mine(), conflict.theirs()));
		assertEquals(result.conflicts(), SharedCorpus.conflicts(alice));
		assertEquals(result.conflicts(), SharedCorpus.conflicts(bob), "conflicts.json reached Bob");
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(bob));
		try (CorpusStore store = CorpusStore.open(bob)) {
			assertTrue(store.getCorpus().getEntities().stream().anyMatch(e -> e.getCanonicalName().equals("Nikol Vovayi Pashinyan")),
					"the merged file holds the merging coder's value");
		}
	}

	private static void rename(Path corpus, String from, String to) throws Exception {
		ShareCorpora.work(corpus, null, (store, domain) -> store.getCorpus().getEntities().stream().filter(e -> e.getCanonicalName().equals(from))
				.findFirst().orElseThrow().setCanonicalName(to));
	}

	@Test
	void aNewEntityOnEachSideEndsInBothClones() throws Exception {
		twoCodersAddAnEntityEach();

		var result = SharedCorpus.sync(alice, "Alice", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		assertEquals(List.of("corpus.xmi"), result.merged());
		assertEquals(List.of(), result.conflicts());
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(bob));
		for (Path clone : List.of(alice, bob)) {
			try (CorpusStore store = CorpusStore.open(clone)) {
				Set<String> names = store.getCorpus().getEntities().stream().map(Entity::getCanonicalName).collect(Collectors.toSet());
				assertTrue(names.containsAll(Set.of("Nikol Pashinyan", "Ilham Aliyev")), clone + ": " + names);
			}
		}
	}

	@Test
	void twoCodersJoiningAtOnceAreBothCodersAfterTheSync() throws Exception {
		alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		bob = dir.resolve("bob");
		Path carol = dir.resolve("carol");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		SharedCorpus.clone(url, carol, Credentials.NONE, null);
		ShareCorpora.annotate(bob, "Bob", "doc1", 0, 7);
		ShareCorpora.annotate(carol, "Carol", "doc1", 8, 11);

		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(carol, "Carol", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		assertEquals(ShareCorpora.sourceFiles(bob), ShareCorpora.sourceFiles(carol));
		try (CorpusStore store = CorpusStore.open(bob)) {
			Set<String> coders = store.getCorpus().getAnnotators().stream().map(a -> a.getName()).collect(Collectors.toSet());
			assertEquals(Set.of("Alice", "Bob", "Carol"), coders);
		}
	}
}
