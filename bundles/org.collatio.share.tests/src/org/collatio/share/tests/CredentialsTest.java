/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.share.Credentials;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus shared through a server that asks for a user name and a token (basic authentication over
 * HTTP on a loopback port, in front of git http-backend: the code path of an https hosting service,
 * without the TLS): the right token lets the coders in, a wrong one or none is named as such, with
 * nothing lost.
 */
class CredentialsTest {

	@TempDir
	Path dir;

	@Test
	void theRightTokenSharesClonesAndSyncsAndAWrongOneIsNamedWithNothingLost() throws Exception {
		Credentials alice = new Credentials("alice", "s3cret-token");
		try (HttpGitServer server = HttpGitServer.start(dir.resolve("served"), "alice", "s3cret-token")) {
			String url = server.newRepository("corpus.git");
			Path corpus = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
			assertTrue(SharedCorpus.share(corpus, url, alice, "Alice", null).pushed());
			Path clone = dir.resolve("clone");
			SharedCorpus.clone(url, clone, alice, null);
			assertEquals(ShareCorpora.sourceFiles(corpus), ShareCorpora.sourceFiles(clone));

			ShareException wrong = assertThrows(ShareException.class,
					() -> SharedCorpus.clone(url, dir.resolve("wrong"), new Credentials("alice", "not-the-token"), null));
			assertEquals(ShareException.Problem.AUTHENTICATION, wrong.getProblem());
			assertTrue(wrong.getMessage().startsWith(url + ": ") && wrong.getMessage().contains("user name or token was refused"), wrong.getMessage());
			assertFalse(wrong.getMessage().contains("not-the-token"), "the token is never shown");
			assertFalse(Files.exists(dir.resolve("wrong")));

			ShareException none = assertThrows(ShareException.class, () -> SharedCorpus.clone(url, dir.resolve("none"), Credentials.NONE, null));
			assertEquals(ShareException.Problem.AUTHENTICATION, none.getProblem(), none.getMessage());

			ShareCorpora.annotate(corpus, "Alice", "doc1", 0, 7);
			ShareException refused = assertThrows(ShareException.class,
					() -> SharedCorpus.sync(corpus, "Alice", new Credentials("alice", "expired"), StandInMergers.NEVER, null));
			assertEquals(ShareException.Problem.AUTHENTICATION, refused.getProblem());
			SyncResult retried = SharedCorpus.sync(corpus, "Alice", alice, StandInMergers.NEVER, null);
			assertTrue(retried.pushed(), "the work committed by the refused sync goes out with the next one");
			assertEquals("Alice: 1 document annotated", SharedCorpus.log(corpus, null, 1).get(0).message());
		}
	}
}
