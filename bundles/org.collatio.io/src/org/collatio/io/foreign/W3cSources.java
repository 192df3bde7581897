/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.collatio.io.ExportFolder;
import org.collatio.io.FormatException;

/**
 * Where the texts of W3C annotations' sources are: a W3C export names each source by an IRI
 * ({@code https://news.example/2026/story-12}) and carries no text, so the texts come as files in
 * one folder, given with the export. A source's file is, in this order: the file the caller maps
 * its IRI to (a name inside the folder); else the IRI's last path segment, percent-decoded, without
 * query or fragment ({@code story-12}), as it is or with {@code .txt} added; for an IRI without a
 * slash ({@code urn:doc:story-12}), what follows its last colon. Only files inside the folder are
 * read (a name that climbs out or a link pointing out is refused), strict UTF-8, a leading byte
 * order mark dropped (it is not text: positions count from the character after it).
 */
public final class W3cSources {

	private final Path folder;
	private final Map<String, String> files;

	private W3cSources(Path folder, Map<String, String> files) {
		this.folder = folder;
		this.files = Map.copyOf(files);
	}

	/** Texts in {@code folder}, matched by their IRI's last path segment. */
	public static W3cSources in(Path folder) {
		return new W3cSources(folder, Map.of());
	}

	/** Texts in {@code folder}: {@code files} maps source IRIs to file names in it; other IRIs by their last path segment. */
	public static W3cSources in(Path folder, Map<String, String> files) {
		return new W3cSources(folder, files);
	}

	/** The folder the texts are read from. */
	public Path folder() {
		return folder;
	}

	/** The file names tried for {@code iri}, in order. */
	public List<String> candidates(String iri) {
		List<String> names = new ArrayList<>(3);
		String mapped = files.get(iri);
		if (mapped != null) {
			names.add(mapped);
			return names;
		}
		String segment = lastSegment(iri);
		if (segment != null) {
			names.add(segment);
			if (!segment.endsWith(".txt")) {
				names.add(segment + ".txt");
			}
		}
		return names;
	}

	/**
	 * The text of source {@code iri}, or null when none of its {@link #candidates} is in the folder;
	 * {@code annotations} (the file that names the source) is named in messages.
	 */
	public String text(String iri, Path annotations) throws IOException, FormatException {
		if (!Files.isDirectory(folder)) {
			throw new FormatException(folder, "the folder of the sources' texts (for " + annotations.getFileName() + ") is not there");
		}
		ExportFolder texts = new ExportFolder(folder);
		for (String name : candidates(iri)) {
			if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
				return PlainText.withoutBom(texts.readText(name, "the text of source " + iri, annotations));
			}
		}
		return null;
	}

	static String lastSegment(String iri) {
		String path = iri;
		int cut = indexOfAny(path, '#', '?');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		int slash = path.lastIndexOf('/');
		String segment = slash >= 0 ? path.substring(slash + 1) : path.substring(path.lastIndexOf(':') + 1);
		try {
			segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return null;
		}
		if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")
				|| segment.indexOf('\0') >= 0) {
			return null;
		}
		return segment;
	}

	private static int indexOfAny(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return i < 0 ? j : j < 0 ? i : Math.min(i, j);
	}
}
