/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs where both coders changed corpus.xmi, through {@link Mergers#standard()}, the merger the
 * command line and the workbench use. Until the model merge (ModelMerge, on its own branch) is on
 * main, the standard merger is a placeholder that refuses: the first test checks the refusal keeps
 * everything; the others are skipped (assumption) and run by themselves once it merges models.
 */
class MergeThroughTheStandardMergerTest {

	@TempDir
	Path dir;

	private Path alice;
	private Path bob;
	private String url;

	private void twoCodersAddAnEntityEach() throws Exception {
		alice = Corpora.create(dir.resolve("alice"), "Alice", 2);
		url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		bob = dir.resolve("bob");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		Corpora.addEntity(bob, "Bob", "Nikol Pashinyan");
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		Corpora.addEntity(alice, "Alice", "Ilham Aliyev");
	}

	@Test
	void withThePlaceholderBothSidesChangingCorpusXmiStopsTheSyncAndKeepsMyWork() throws Exception {
		assumeFalse(Mergers.mergesModels(), "the standard merger merges models now");
		twoCodersAddAnEntityEach();
		byte[] mine = Files.readAllBytes(alice.resolve("corpus.xmi"));
		String remoteBefore = SystemGit.run(dir.resolve("server.git"), "rev-parse", "main");

		ShareException refused = assertThrows(ShareException.class, () -> SharedCorpus.sync(alice, "Alice", Credentials.NONE, Mergers.standard(), null));

		assertEquals(ShareException.Problem.NOT_MERGEABLE, refused.getProblem());
		assertTrue(refused.getMessage().contains("not merged: both sides changed corpus.xmi"), refused.getMessage());
		assertTrue(java.util.Arrays.equals(mine, Files.readAllBytes(alice.resolve("corpus.xmi"))));
		assertEquals("Alice: corpus.xmi (entities)", SystemGit.run(alice, "log", "-1", "--format=%s").strip(), "my work is committed locally");
		assertEquals(remoteBefore, SystemGit.run(dir.resolve("server.git"), "rev-parse", "main"), "nothing was pushed");
	}

	@Test
	void aNewEntityOnEachSideEndsInBothClones() throws Exception {
		assumeTrue(Mergers.mergesModels(), "needs the model merge (ModelMerge), not on main yet");
		twoCodersAddAnEntityEach();

		var result = SharedCorpus.sync(alice, "Alice", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		assertEquals(List.of("corpus.xmi"), result.merged());
		assertEquals(List.of(), result.conflicts());
		assertEquals(Corpora.sourceFiles(alice), Corpora.sourceFiles(bob));
		for (Path clone : List.of(alice, bob)) {
			try (CorpusStore store = CorpusStore.open(clone)) {
				Set<String> names = store.getCorpus().getEntities().stream().map(Entity::getCanonicalName).collect(Collectors.toSet());
				assertTrue(names.containsAll(Set.of("Nikol Pashinyan", "Ilham Aliyev")), clone + ": " + names);
			}
		}
	}

	@Test
	void twoCodersJoiningAtOnceAreBothCodersAfterTheSync() throws Exception {
		assumeTrue(Mergers.mergesModels(), "needs the model merge (ModelMerge), not on main yet");
		alice = Corpora.create(dir.resolve("alice"), "Alice", 2);
		url = SystemGit.bare(dir.resolve("server.git"));
		SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		bob = dir.resolve("bob");
		Path carol = dir.resolve("carol");
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		SharedCorpus.clone(url, carol, Credentials.NONE, null);
		Corpora.annotate(bob, "Bob", "doc1", 0, 7);
		Corpora.annotate(carol, "Carol", "doc1", 8, 11);

		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(carol, "Carol", Credentials.NONE, Mergers.standard(), null);
		SharedCorpus.sync(bob, "Bob", Credentials.NONE, Mergers.standard(), null);

		assertEquals(Corpora.sourceFiles(bob), Corpora.sourceFiles(carol));
		try (CorpusStore store = CorpusStore.open(bob)) {
			Set<String> coders = store.getCorpus().getAnnotators().stream().map(a -> a.getName()).collect(Collectors.toSet());
			assertEquals(Set.of("Alice", "Bob", "Carol"), coders);
		}
	}
}
