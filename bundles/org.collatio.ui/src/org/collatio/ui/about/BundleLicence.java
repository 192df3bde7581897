/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * One bundle of the running product as the About dialog's Licences page lists it: its name, version
 * and the licence it states. The licence is read from what the bundle itself carries, in this order:
 * its {@code Bundle-License} header (SPDX identifiers or URLs, well-known URLs named), the licences an
 * Eclipse {@code about.html} names, a {@code META-INF/LICENSE} file; otherwise it says it is not stated.
 *
 * @param name          the bundle's human-readable name (its symbolic name when it has none)
 * @param symbolicName  the bundle's symbolic name
 * @param version       the bundle's version
 * @param licence       the licence(s) stated, e.g. "EPL-2.0", "Apache-2.0 / MIT", or {@link #NOT_STATED}
 */
public record BundleLicence(String name, String symbolicName, String version, String licence) {

	/** What {@link #licence()} says when the bundle states no licence in any place that is read. */
	public static final String NOT_STATED = "not stated in the bundle";

	private static final String[] LICENCE_FILES = { "about.html", "META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/LICENSE.md", "LICENSE", "LICENSE.txt" };

	/** Licence names in running text (about.html, LICENSE), each with its SPDX identifier. */
	private static final List<Object[]> NAMED = List.of(
			new Object[] { Pattern.compile("Eclipse Public License,?\\s*(?:-\\s*)?(?:Version|v)\\.?\\s*2\\.0", Pattern.CASE_INSENSITIVE), "EPL-2.0" },
			new Object[] { Pattern.compile("Eclipse Public License,?\\s*(?:-\\s*)?(?:Version|v)\\.?\\s*1\\.0", Pattern.CASE_INSENSITIVE), "EPL-1.0" },
			new Object[] { Pattern.compile("Eclipse Distribution License", Pattern.CASE_INSENSITIVE), "BSD-3-Clause (EDL-1.0)" },
			new Object[] { Pattern.compile("Apache License,?\\s*(?:Version\\s*)?2\\.0", Pattern.CASE_INSENSITIVE), "Apache-2.0" },
			new Object[] { Pattern.compile("\\bMIT License\\b|Permission is hereby granted, free of charge", Pattern.CASE_INSENSITIVE), "MIT" },
			new Object[] { Pattern.compile("GNU Lesser General Public License", Pattern.CASE_INSENSITIVE), "LGPL" },
			new Object[] { Pattern.compile("Unicode(?:, Inc\\.)? License|UNICODE LICENSE", Pattern.CASE_INSENSITIVE), "Unicode-3.0" },
			new Object[] { Pattern.compile("Redistribution and use in source and binary forms", Pattern.CASE_INSENSITIVE), "BSD" });

	/**
	 * Reads what the bundle states about itself.
	 *
	 * @param bundle a bundle of the running framework
	 * @return its row
	 */
	public static BundleLicence of(Bundle bundle) {
		String symbolicName = bundle.getSymbolicName() == null ? "(unnamed)" : bundle.getSymbolicName();
		String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
		if (name == null || name.isBlank() || name.startsWith("%")) {
			// a localised name: the headers in the default locale resolve it
			name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
		}
		return new BundleLicence(name == null || name.isBlank() ? symbolicName : name.strip(), symbolicName,
				bundle.getVersion().toString(), licenceOf(bundle));
	}

	private static String licenceOf(Bundle bundle) {
		String header = bundle.getHeaders("").get("Bundle-License");
		if (header != null && !header.isBlank()) {
			return fromHeader(header);
		}
		for (String file : LICENCE_FILES) {
			URL entry = bundle.getEntry(file);
			if (entry != null) {
				String named = fromText(read(entry));
				return named.isEmpty() ? "see " + file + " in the bundle" : named;
			}
		}
		return NOT_STATED;
	}

	/**
	 * The licences a {@code Bundle-License} header states: clauses separated by commas outside quotes,
	 * each an SPDX identifier or a URL, with attributes after a semicolon.
	 *
	 * @param header the header's value
	 * @return the licences, joined with " / "
	 */
	public static String fromHeader(String header) {
		Set<String> out = new LinkedHashSet<>();
		for (String clause : splitOutsideQuotes(header.replaceAll("\\s+", " "))) {
			String id = clause.split(";", 2)[0].strip().replace("\"", "");
			if (!id.isEmpty()) {
				out.add(nameOfUrl(id));
			}
		}
		return out.isEmpty() ? NOT_STATED : String.join(" / ", out);
	}

	/**
	 * The licences named in a licence text or an {@code about.html}.
	 *
	 * @param text the text (HTML is fine: tags and entities are not matched)
	 * @return the SPDX identifiers found, joined with " / ", or "" when none is recognised
	 */
	public static String fromText(String text) {
		String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
		Set<String> out = new LinkedHashSet<>();
		for (Object[] named : NAMED) {
			if (((Pattern) named[0]).matcher(plain).find()) {
				out.add((String) named[1]);
			}
		}
		return String.join(" / ", out);
	}

	private static String nameOfUrl(String id) {
		String lower = id.toLowerCase(Locale.ROOT);
		if (lower.contains("apache.org/licenses/license-2.0")) {
			return "Apache-2.0";
		}
		if (lower.contains("eclipse.org/legal/epl-2.0") || lower.contains("eclipse.org/legal/epl-v20")) {
			return "EPL-2.0";
		}
		if (lower.contains("eclipse.org/legal/epl-v10") || lower.contains("eclipse.org/legal/epl-1.0")) {
			return "EPL-1.0";
		}
		if (lower.contains("opensource.org/licenses/mit")) {
			return "MIT";
		}
		return id;
	}

	private static List<String> splitOutsideQuotes(String value) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				parts.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		parts.add(current.toString());
		return parts;
	}

	private static String read(URL entry) {
		try (InputStream in = entry.openStream()) {
			// a licence names itself in its first pages
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
