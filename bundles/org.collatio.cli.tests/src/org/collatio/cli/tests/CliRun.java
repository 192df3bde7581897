/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collatio.cli.Cli;

/**
 * One command run in-process through {@link Cli#run}, and the invariants every run must keep
 * whatever its input: an exit code of 0-3, no stack trace or Java class name in what the user reads,
 * and, when it fails, a message naming the file at fault.
 */
record CliRun(String[] args, int code, String out, String err, Throwable thrown) {

	/** A fully qualified Java exception or error class, as a stack trace or a raw toString() shows it. */
	private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:java|javax|sun|jdk|org\\.eclipse|org\\.apache|org\\.jsoup|com\\.fasterxml|picocli)"
			+ "(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*(?:Exception|Error)\\b");

	/** How often each command exited with each code, for the fuzz test's summary. */
	static final java.util.Map<String, Integer> EXITS = new java.util.concurrent.ConcurrentSkipListMap<>();

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code;
		Throwable thrown = null;
		try {
			code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
		} catch (Throwable t) { // a crash is what the fuzz test looks for: recorded, never rethrown
			thrown = t;
			code = Integer.MIN_VALUE;
		}
		String command = args.length > 1 && args[0].equals("import") && java.util.Arrays.asList(args).contains("--format")
				? "import --format " + args[java.util.Arrays.asList(args).indexOf("--format") + 1] : args.length > 0 ? args[0] : "";
		EXITS.merge(command + " " + (thrown != null ? "crash" : Integer.toString(code)), 1, Integer::sum);
		return new CliRun(args, code, out.toString(), err.toString(), thrown);
	}

	String command() {
		return "collatio " + String.join(" ", args);
	}

	/**
	 * The problems of this run: a crash, an exit code outside 0-3, a stack trace or class name in its
	 * output, a failure whose message names none of {@code culprits} (paths or file names).
	 */
	List<String> problems(Collection<String> culprits) {
		List<String> problems = new ArrayList<>();
		if (thrown != null) {
			StringWriter trace = new StringWriter();
			thrown.printStackTrace(new PrintWriter(trace));
			problems.add("crash: Cli.run threw " + firstLines(trace.toString(), 6));
			return problems;
		}
		if (code < 0 || code > 3) {
			problems.add("exit code " + code + " is not 0-3; stderr: " + firstLines(err, 4));
		}
		for (String[] stream : new String[][] { { "stderr", err }, { "stdout", out } }) {
			String text = stream[1];
			if (text.contains("\tat ") || text.contains("Exception in thread")) {
				problems.add("stack trace on " + stream[0] + " (exit " + code + "): " + firstLines(text.substring(Math.max(0, text.indexOf("\tat ") - 300)), 5));
			} else if (text.contains("java.lang.")) {
				problems.add("java.lang. class name on " + stream[0] + " (exit " + code + "): " + around(text, text.indexOf("java.lang.")));
			} else {
				Matcher matcher = JAVA_CLASS.matcher(text);
				if (matcher.find()) {
					problems.add("Java exception class " + matcher.group() + " on " + stream[0] + " (exit " + code + "): " + around(text, matcher.start()));
				}
			}
		}
		if (code != 0 && code >= 0 && code <= 3 && !culprits.isEmpty() && culprits.stream().noneMatch(err::contains)) {
			problems.add("exit " + code + " but stderr names none of " + culprits + ": " + firstLines(err, 4));
		}
		return problems;
	}

	static String firstLines(String text, int lines) {
		String[] all = text.strip().split("\\R", lines + 1);
		String joined = String.join(" | ", java.util.Arrays.asList(all).subList(0, Math.min(lines, all.length)));
		return joined.length() > 600 ? joined.substring(0, 600) + "..." : joined;
	}

	private static String around(String text, int at) {
		int start = Math.max(0, text.lastIndexOf('\n', at) + 1);
		int end = text.indexOf('\n', at);
		String line = text.substring(start, end < 0 ? text.length() : end);
		return line.length() > 400 ? line.substring(0, 400) + "..." : line;
	}
}
