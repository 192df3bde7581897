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
import java.security.KeyPair;

import org.collatio.core.store.CorpusStore;
import org.collatio.share.Credentials;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;
import org.collatio.share.tests.servers.GitSshServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing over ssh:// as a team with a Git server reached by SSH keys does: an SSH server on a
 * loopback port (MINA SSHD serving JGit's upload-pack and receive-pack), each coder's key in their
 * own SSH folder, host keys checked against known_hosts.
 */
class SshRemoteTest {

	@TempDir
	Path dir;

	private GitSshServer server;
	private KeyPair aliceKey;
	private Path aliceSsh;

	@BeforeEach
	void startTheServer() throws Exception {
		aliceKey = GitSshServer.newKeyPair();
		aliceSsh = dir.resolve("alice-ssh");
		GitSshServer.writeIdentity(aliceSsh, aliceKey);
		server = GitSshServer.start(dir.resolve("served"), aliceKey.getPublic());
	}

	@AfterEach
	void stopTheServer() throws Exception {
		server.close();
	}

	private Credentials alice(boolean acceptNew) {
		return Credentials.NONE.withSsh(aliceSsh, acceptNew);
	}

	@Test
	void aCorpusIsSharedClonedAndSyncedOverSshWithTheCodersKey() throws Exception {
		Files.writeString(aliceSsh.resolve("known_hosts"), server.knownHostsLine());
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 2);
		ShareCorpora.annotate(alice, "Alice", "doc1", 0, 7);
		String url = server.newRepository("corpus.git");

		assertTrue(SharedCorpus.share(alice, url, alice(false), "Alice", null).pushed());

		Path clone = dir.resolve("clone");
		SharedCorpus.clone(url, clone, alice(false), null);
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(clone));

		ShareCorpora.annotate(clone, "Alice", "doc2", 0, 4);
		SyncResult sent = SharedCorpus.sync(clone, "Alice", alice(false), StandInMergers.NEVER, null);
		assertTrue(sent.pushed());
		SyncResult received = SharedCorpus.sync(alice, "Alice", alice(false), StandInMergers.NEVER, null);
		assertTrue(received.broughtIn().stream().anyMatch(path -> path.startsWith("documents/doc2")), received.broughtIn().toString());
		try (CorpusStore store = CorpusStore.open(alice)) {
			assertEquals(1, store.getContent(store.findDocument("doc2")).getSpans().size());
		}
	}

	@Test
	void anUnknownHostKeyIsRefusedUnlessTrustedOnFirstUseAndThenRemembered() throws Exception {
		Path alice = ShareCorpora.create(dir.resolve("alice"), "Alice", 1);
		String url = server.newRepository("corpus.git");

		ShareException unknown = assertThrows(ShareException.class, () -> SharedCorpus.share(alice, url, alice(false), "Alice", null));
		assertEquals(ShareException.Problem.HOST_KEY, unknown.getProblem(), unknown.getMessage());
		assertTrue(unknown.getMessage().startsWith(url + ": ") && unknown.getMessage().contains("not known here"), unknown.getMessage());
		Path target = dir.resolve("clone");
		assertThrows(ShareException.class, () -> SharedCorpus.clone(url, target, alice(false), null));
		assertFalse(Files.exists(target), "nothing left behind");

		assertTrue(SharedCorpus.share(alice, url, alice(true), "Alice", null).pushed());
		String known = Files.readString(aliceSsh.resolve("known_hosts"));
		assertTrue(known.contains(server.knownHostsLine().strip().split(" ")[2]), "the host key was added to known_hosts: " + known);

		SharedCorpus.clone(url, target, alice(false), null); // known now: no trust needed again
		assertEquals(ShareCorpora.sourceFiles(alice), ShareCorpora.sourceFiles(target));
	}

	@Test
	void aHostKeyThatChangedIsRefusedEvenWhenNewKeysAreTrusted() throws Exception {
		KeyPair impostor = GitSshServer.newKeyPair();
		Files.writeString(aliceSsh.resolve("known_hosts"), server.knownHostsLine(impostor.getPublic()));
		String url = server.newRepository("corpus.git");
		Path target = dir.resolve("clone");

		ShareException changed = assertThrows(ShareException.class, () -> SharedCorpus.clone(url, target, alice(true), null));
		assertEquals(ShareException.Problem.HOST_KEY, changed.getProblem(), changed.getMessage());
		assertFalse(Files.exists(target));
		assertEquals(server.knownHostsLine(impostor.getPublic()), Files.readString(aliceSsh.resolve("known_hosts")), "known_hosts is left as it was");
	}

	@Test
	void aKeyTheServerDoesNotKnowIsRefusedAndNamedAsTheProblem() throws Exception {
		Files.writeString(aliceSsh.resolve("known_hosts"), server.knownHostsLine());
		String url = server.newRepository("corpus.git");
		server.authorise(GitSshServer.newKeyPair().getPublic()); // someone else's key only

		ShareException refused = assertThrows(ShareException.class, () -> SharedCorpus.clone(url, dir.resolve("clone"), alice(false), null));
		assertEquals(ShareException.Problem.AUTHENTICATION, refused.getProblem(), refused.getMessage());
		assertTrue(refused.getMessage().contains("SSH key"), refused.getMessage());
	}
}
