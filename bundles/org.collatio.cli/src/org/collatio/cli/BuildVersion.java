/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine;

/**
 * {@code collatio --version}: "Collatio" and the version of this build, with its qualifier (it changes
 * with every build, so an update shows), read from this bundle's own manifest: through the jar the
 * class was loaded from on a plain class path, through the bundle's class loader in OSGi.
 */
public final class BuildVersion implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = version();
		return new String[] { version == null ? "Collatio (version unknown)" : "Collatio " + version };
	}

	/** @return this build's version, e.g. 0.1.0.202611300519, or null when no manifest names it */
	public static String version() {
		try {
			Manifest manifest = ownManifest();
			return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static Manifest ownManifest() throws IOException {
		var source = BuildVersion.class.getProtectionDomain().getCodeSource();
		if (source != null && "file".equals(source.getLocation().getProtocol())) {
			Path location;
			try {
				location = Path.of(source.getLocation().toURI());
			} catch (java.net.URISyntaxException e) {
				location = null;
			}
			if (location != null && Files.isRegularFile(location)) {
				try (JarFile jar = new JarFile(location.toFile())) {
					return jar.getManifest();
				}
			}
			if (location != null && Files.isRegularFile(location.resolve("META-INF/MANIFEST.MF"))) {
				try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
					return new Manifest(in);
				}
			}
		}
		// in OSGi a bundle's class loader finds its own META-INF (no other bundle exports it)
		URL own = BuildVersion.class.getResource("/META-INF/MANIFEST.MF");
		if (own == null) {
			return null;
		}
		try (InputStream in = own.openStream()) {
			return new Manifest(in);
		}
	}
}
