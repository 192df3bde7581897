/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.collatio.cli.Cli;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The command line in a JVM of its own, as the launch script runs it ({@code java -cp ...
 * org.collatio.cli.Main}), so that a test can kill it. The class path is made of the bundles the
 * test runtime resolved: org.collatio.cli and every bundle it is wired to, transitively, with the
 * fragments attached to them (Lucene's analyzers are a fragment of lucene-core), each as its jar, or
 * for a bundle from the workspace its output folder; jars a bundle carries inside (Bundle-ClassPath)
 * are extracted.
 */
final class ChildCli {

	private final List<Path> classPath;
	private final Path java;

	private ChildCli(List<Path> classPath) {
		this.classPath = classPath;
		this.java = ProcessHandle.current().info().command().map(Path::of)
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
	}

	static ChildCli create(Path scratch) throws IOException {
		Bundle cli = FrameworkUtil.getBundle(Cli.class);
		List<Path> entries = new ArrayList<>();
		if (cli == null) { // not in OSGi: the test's own class path has everything
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				entries.add(Path.of(entry));
			}
			return new ChildCli(entries);
		}
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> queue = new ArrayDeque<>(List.of(cli));
		while (!queue.isEmpty()) {
			Bundle bundle = queue.poll();
			if (!bundles.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				queue.add(wire.getProvider().getBundle());
			}
			for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				queue.add(wire.getRequirer().getBundle());
			}
		}
		for (Bundle bundle : bundles) {
			File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null) {
				continue;
			}
			Path file = location.toPath();
			String bundleClassPath = bundle.getHeaders("").get("Bundle-ClassPath");
			if (Files.isDirectory(file)) {
				for (String output : List.of("target/classes", "bin")) {
					if (Files.isDirectory(file.resolve(output))) {
						entries.add(file.resolve(output));
					}
				}
				entries.add(file);
			} else {
				entries.add(file);
			}
			if (bundleClassPath != null) {
				for (String inner : bundleClassPath.split(",")) {
					String name = inner.split(";")[0].strip();
					if (name.isEmpty() || name.equals(".")) {
						continue;
					}
					if (Files.isDirectory(file)) {
						entries.add(file.resolve(name));
					} else {
						entries.add(extract(file, name, Files.createDirectories(scratch.resolve(bundle.getSymbolicName()))));
					}
				}
			}
		}
		return new ChildCli(entries);
	}

	private static Path extract(Path jar, String name, Path folder) throws IOException {
		try (JarFile archive = new JarFile(jar.toFile())) {
			ZipEntry entry = archive.getEntry(name);
			if (entry == null) {
				return jar;
			}
			Path target = folder.resolve(Path.of(name).getFileName().toString());
			try (InputStream in = archive.getInputStream(entry)) {
				Files.copy(in, target);
			}
			return target;
		}
	}

	/** Starts {@code collatio ARGS}; its output goes to {@code log}. */
	Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
				String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()), "org.collatio.cli.Main"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	String describe() {
		return java + " -cp " + classPath.size() + " entries: " + classPath;
	}
}
