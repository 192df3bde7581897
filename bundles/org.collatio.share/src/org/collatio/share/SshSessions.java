/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.transport.SshConfigStore;
import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.util.FS;

/**
 * JGit's SSH transport (Apache MINA SSHD) as Collatio uses it: the keys and known_hosts of the SSH
 * folder given in the {@link Credentials} ({@code ~/.ssh} by default), the user's own
 * {@code ~/.ssh/config} for everything else, and host keys checked strictly: a server not in
 * known_hosts is refused unless the user said to trust it on first use
 * ({@link Credentials#acceptNewHostKey()}, then it is added), and a server whose key differs from
 * the known one is always refused (as OpenSSH's {@code StrictHostKeyChecking yes} and
 * {@code accept-new}). One factory per exchange with a remote, closed with it.
 */
final class SshSessions extends SshdSessionFactory {

	private final boolean acceptNew;

	SshSessions(Credentials credentials) {
		super(null, null);
		this.acceptNew = credentials.acceptNewHostKey();
		File home = FS.DETECTED.userHome();
		setHomeDirectory(home);
		Path folder = credentials.sshDirectory();
		File sshDirectory = folder != null ? folder.toFile() : new File(home, SshConstants.SSH_DIR);
		setSshDirectory(sshDirectory);
		if (acceptNew) {
			knownHosts(sshDirectory.toPath());
		}
	}

	/**
	 * A host key trusted on first use goes into known_hosts; JGit asks before it creates that file,
	 * and the question would be answered no: made here (private to the user) when it is missing.
	 */
	private static void knownHosts(Path sshDirectory) {
		Path file = sshDirectory.resolve(SshConstants.KNOWN_HOSTS);
		if (Files.exists(file)) {
			return;
		}
		try {
			boolean posix = sshDirectory.getFileSystem().supportedFileAttributeViews().contains("posix");
			if (!Files.isDirectory(sshDirectory)) {
				Files.createDirectories(sshDirectory);
				if (posix) {
					Files.setPosixFilePermissions(sshDirectory, PosixFilePermissions.fromString("rwx------"));
				}
			}
			Files.createFile(file);
			if (posix) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
		} catch (IOException e) {
			// the key is then trusted for this exchange only, and asked about again next time
		}
	}

	@Override
	protected SshConfigStore createSshConfigStore(File homeDir, File configFile, String localUserName) {
		SshConfigStore users = super.createSshConfigStore(homeDir, configFile, localUserName);
		return new SshConfigStore() {
			@Override
			public HostConfig lookup(String hostName, int port, String userName) {
				return strict(users == null ? SshConfigStore.EMPTY_CONFIG : users.lookup(hostName, port, userName));
			}

			@Override
			public HostConfig lookupDefault(String hostName, int port, String userName) {
				return strict(users == null ? SshConfigStore.EMPTY_CONFIG : users.lookupDefault(hostName, port, userName));
			}
		};
	}

	/** The user's configuration of a host with the host key checking Collatio applies. */
	private HostConfig strict(SshConfigStore.HostConfig config) {
		String checking = acceptNew ? "accept-new" : "yes";
		Map<String, String> options = new LinkedHashMap<>(config.getOptions());
		options.put(SshConstants.STRICT_HOST_KEY_CHECKING, checking);
		return new HostConfig(config, options);
	}

	private record HostConfig(SshConfigStore.HostConfig users, Map<String, String> options) implements SshConfigStore.HostConfig {

		@Override
		public String getValue(String key) {
			return SshConstants.STRICT_HOST_KEY_CHECKING.equalsIgnoreCase(key) ? options.get(SshConstants.STRICT_HOST_KEY_CHECKING) : users.getValue(key);
		}

		@Override
		public List<String> getValues(String key) {
			return users.getValues(key);
		}

		@Override
		public Map<String, String> getOptions() {
			return options;
		}

		@Override
		public Map<String, List<String>> getMultiValuedOptions() {
			return users.getMultiValuedOptions();
		}
	}
}
