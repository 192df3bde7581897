/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's own {@code git}, run as a process: it makes the servers the tests talk to and checks
 * that what Collatio wrote is a repository Git itself reads. Its user settings are left out.
 */
public final class SystemGit {

	private SystemGit() {
	}

	/** The output of {@code git ARGS} in {@code dir}; fails the test when git fails. */
	public static String run(Path dir, String... args) throws IOException, InterruptedException {
		Result result = tryRun(dir, args);
		if (result.code() != 0) {
			throw new AssertionError("git " + String.join(" ", args) + " in " + dir + " exited " + result.code() + ":\n" + result.output());
		}
		return result.output();
	}

	public record Result(int code, String output) {
	}

	public static Result tryRun(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
		builder.environment().put("GIT_AUTHOR_NAME", "Test");
		builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.org");
		builder.environment().put("GIT_COMMITTER_NAME", "Test");
		builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.org");
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("git " + String.join(" ", args) + " did not finish in 60 s");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	/** A new empty bare repository at {@code path}; returns its file URL. */
	public static String bare(Path path) throws IOException, InterruptedException {
		java.nio.file.Files.createDirectories(path);
		run(path, "init", "--bare", "--quiet");
		return "file://" + path.toAbsolutePath();
	}
}
