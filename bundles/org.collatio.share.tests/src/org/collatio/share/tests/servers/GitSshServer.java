/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An SSH Git server on a loopback port, for the tests: Apache MINA SSHD answering
 * {@code git-upload-pack} and {@code git-receive-pack} with JGit's own, on the bare repositories of
 * a folder, to the holder of one public key. Started by the test, closed by it.
 */
public final class GitSshServer implements AutoCloseable {

	private final SshServer server;
	private final Path root;
	private final KeyPair hostKey;
	private volatile PublicKey authorised;

	private GitSshServer(Path root, KeyPair hostKey, PublicKey authorised) {
		this.root = root;
		this.hostKey = hostKey;
		this.authorised = authorised;
		this.server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, this.authorised));
		server.setCommandFactory((channel, command) -> new GitCommand(command));
	}

	/** Serves the bare repositories of {@code root} to the holder of {@code authorised}'s private key. */
	public static GitSshServer start(Path root, PublicKey authorised) throws IOException, GeneralSecurityException {
		Files.createDirectories(root);
		GitSshServer git = new GitSshServer(root, newKeyPair(), authorised);
		git.server.start();
		return git;
	}

	/** A new EC (P-256) key pair, as ssh-keygen -t ecdsa makes. */
	public static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		return generator.generateKeyPair();
	}

	/** Writes {@code key} as the coder's {@code id_ecdsa} (OpenSSH's format, no passphrase) in the SSH folder. */
	public static void writeIdentity(Path sshDirectory, KeyPair key) throws IOException, GeneralSecurityException {
		Files.createDirectories(sshDirectory);
		try (OutputStream out = Files.newOutputStream(sshDirectory.resolve("id_ecdsa"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "coder@test", null, out);
		}
		Files.writeString(sshDirectory.resolve("id_ecdsa.pub"), PublicKeyEntry.toString(key.getPublic()) + " coder@test\n");
	}

	/** The known_hosts line of this server with {@code key} as its host key. */
	public String knownHostsLine(PublicKey key) {
		return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key) + "\n";
	}

	/** The known_hosts line of this server, as ssh-keyscan gives it. */
	public String knownHostsLine() {
		return knownHostsLine(hostKey.getPublic());
	}

	public void authorise(PublicKey key) {
		this.authorised = key;
	}

	/** A new bare repository served as {@code ssh://git@127.0.0.1:PORT/NAME}. */
	public String newRepository(String name) throws IOException, InterruptedException {
		SystemGit.bare(root.resolve(name));
		return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** {@code git-upload-pack '/NAME'} or {@code git-receive-pack '/NAME'}, on a thread of its own. */
	private final class GitCommand implements Command, Runnable {

		private final String command;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(String command) {
			this.command = command;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback callback) {
			this.exit = callback;
		}

		@Override
		public void start(ChannelSession channel, Environment env) {
			Thread thread = new Thread(this, "git over ssh: " + command);
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void run() {
			String[] words = command.split(" ", 2);
			try {
				String name = words.length < 2 ? "" : words[1].replace("'", "").replace("\"", "").replaceFirst("^/", "");
				Path path = root.resolve(name).normalize();
				if (!path.startsWith(root) || !Files.isDirectory(path)) {
					err.write(("fatal: '" + name + "' does not appear to be a git repository\n").getBytes());
					err.flush();
					exit.onExit(128, "no repository");
					return;
				}
				try (Repository repository = new FileRepositoryBuilder().setGitDir(path.toFile()).setMustExist(true).build()) {
					switch (words[0]) {
					case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err);
					case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err);
					default -> {
						exit.onExit(127, "unknown command " + words[0]);
						return;
					}
					}
				}
				out.flush();
				exit.onExit(0);
			} catch (IOException | RuntimeException e) {
				exit.onExit(1, String.valueOf(e.getMessage()));
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
			// the thread ends with its streams
		}
	}
}
