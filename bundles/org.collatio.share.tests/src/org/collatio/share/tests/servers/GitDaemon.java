/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests.servers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code git daemon} serving the bare repositories under a folder on a free loopback port, with
 * pushes enabled. Close it (try-with-resources), also when a test fails: the daemon and every
 * connection it forked are stopped.
 */
public final class GitDaemon implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path base;

	private GitDaemon(Process process, int port, Path base) {
		this.process = process;
		this.port = port;
		this.base = base;
	}

	public static GitDaemon start(Path base) throws IOException, InterruptedException {
		int port;
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress("127.0.0.1", 0));
			port = probe.getLocalPort();
		}
		return start(base, port);
	}

	/** A daemon on a given port (again on the port of one stopped before). */
	public static GitDaemon start(Path base, int port) throws IOException, InterruptedException {
		java.nio.file.Files.createDirectories(base);
		ProcessBuilder builder = new ProcessBuilder(List.of("git", "daemon", "--export-all", "--enable=receive-pack", "--reuseaddr", "--informative-errors",
				"--listen=127.0.0.1", "--port=" + port, "--base-path=" + base.toAbsolutePath(), base.toAbsolutePath().toString()))
				.redirectErrorStream(true).redirectOutput(base.resolveSibling(base.getFileName() + "-daemon.log").toFile());
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
		Process process = builder.start();
		GitDaemon daemon = new GitDaemon(process, port, base);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return daemon;
			} catch (IOException notYet) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					daemon.close();
					throw new IOException("git daemon did not start on port " + port + " (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
				}
				Thread.sleep(50);
			}
		}
	}

	/** A new bare repository served by this daemon; returns its git:// URL. */
	public String newRepository(String name) throws IOException, InterruptedException {
		SystemGit.bare(base.resolve(name));
		return url(name);
	}

	public String url(String name) {
		return "git://127.0.0.1:" + port + "/" + name;
	}

	public int port() {
		return port;
	}

	public Path repository(String name) {
		return base.resolve(name);
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
