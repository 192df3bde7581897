/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.collatio.io.FormatException;
import org.collatio.io.Offsets;
import org.collatio.io.Progress;

/**
 * brat standoff (https://brat.nlplab.org/standoff.html): a folder (and its subfolders) of
 * {@code NAME.txt} with {@code NAME.ann} beside it, and {@code annotation.conf} at the top when
 * present (its {@code [entities]}, indented by tabs, become codes).
 * <ul>
 * <li>{@code T} text-bound annotations, with discontinuous fragments ({@code T1 Org 0 5;10 15}):
 * offsets are code points, converted to UTF-16 with {@link Offsets}; the text brat writes after the
 * offsets must be the fragments' texts joined by a space (or the covered text with its line breaks
 * as spaces);</li>
 * <li>{@code A}/{@code M} attributes become features (a binary one "true"), {@code N}
 * normalisations the feature {@code normalization} ({@code RID:ENTRY}, several one per line),
 * {@code #} AnnotatorNotes the note;</li>
 * <li>{@code R} relations become links; {@code E} events and {@code *} equivalences are reported
 * as left out (their triggers, being T lines, are spans).</li>
 * </ul>
 * A malformed line stops the read with the file, the line number and the problem.
 */
public final class BratReader implements ForeignReader {

	public static final String ID = "brat";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "brat standoff";
	}

	@Override
	public void read(Path source, ForeignSink sink, Progress progress) throws IOException, FormatException {
		if (!Files.isDirectory(source)) {
			throw new FormatException(source, "not a brat folder: brat annotations are a folder of .txt and .ann files");
		}
		Path root = source.toRealPath();
		Path conf = root.resolve("annotation.conf");
		if (Files.exists(conf, LinkOption.NOFOLLOW_LINKS)) {
			InsideFolder.check(conf);
			for (ForeignCode code : BratConf.entities(conf, text(conf))) {
				sink.code(code);
			}
		}
		List<Path> texts;
		try (Stream<Path> files = Files.walk(root)) {
			texts = files.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
					.filter(file -> file.getFileName().toString().endsWith(".txt") || file.getFileName().toString().endsWith(".ann")).sorted().toList();
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause(); // a subfolder that cannot be read
		}
		for (Path file : texts) {
			InsideFolder.check(file);
		}
		texts = texts.stream().filter(file -> file.getFileName().toString().endsWith(".txt")).toList();
		progress.begin("brat standoff", texts.size());
		int read = 0;
		for (Path file : texts) {
			progress.checkCanceled();
			Path ann = file.resolveSibling(file.getFileName().toString().replaceAll("\\.txt$", ".ann"));
			if (!Files.isRegularFile(ann, LinkOption.NOFOLLOW_LINKS)) {
				sink.leftOut(root.relativize(file) + " (a text without an .ann file)");
				continue;
			}
			String text = text(file);
			String name = root.relativize(file).toString().replace('\\', '/');
			sink.document(new AnnFile(ann, text).read(name));
			progress.worked(name);
			read++;
		}
		if (read == 0) {
			throw new FormatException(source, "holds no .txt file with an .ann file beside it: not a brat folder");
		}
	}

	/** A file's text as UTF-8, strictly (bytes that are not UTF-8 are refused, never replaced). */
	static String text(Path file) throws IOException, FormatException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new FormatException(file, "is not UTF-8 text (brat files are UTF-8)", e);
		}
	}

	/** One .ann file read against its text. */
	private static final class AnnFile {

		private final Path file;
		private final String text;
		private final int codePoints;
		private final Offsets.Index offsets;
		private final Map<String, Building> spans = new LinkedHashMap<>();
		private final List<ForeignLink> links = new ArrayList<>();
		private final List<String> leftOut = new ArrayList<>();
		private int line;

		AnnFile(Path file, String text) {
			this.file = file;
			this.text = text;
			this.offsets = Offsets.index(text);
			this.codePoints = offsets.codePointCount();
		}

		ForeignDocument read(String name) throws IOException, FormatException {
			String[] lines = text(file).split("\r?\n", -1);
			List<String[]> later = new ArrayList<>();
			for (line = 1; line <= lines.length; line++) {
				String row = lines[line - 1];
				if (row.isBlank()) {
					continue;
				}
				String[] fields = row.split("\t", -1);
				char kind = fields[0].isEmpty() ? ' ' : fields[0].charAt(0);
				if (kind == 'T') {
					textBound(fields);
				} else if ("ARMN#E*".indexOf(kind) >= 0) {
					later.add(new String[] { Integer.toString(line), row });
				} else {
					throw problem("\"" + shorten(fields[0]) + "\" is not a brat annotation id (T, R, E, A, M, N, # or *)");
				}
			}
			for (String[] entry : later) {
				line = Integer.parseInt(entry[0]);
				other(entry[1].split("\t", -1));
			}
			List<ForeignSpan> result = new ArrayList<>();
			for (Building span : spans.values()) {
				result.add(new ForeignSpan(span.id, span.type, span.ranges, span.features, span.note, null));
			}
			return new ForeignDocument(name, text, Map.of(), result, links, leftOut);
		}

		private void textBound(String[] fields) throws FormatException {
			if (fields.length < 2) {
				throw problem("text-bound annotation " + fields[0] + " has no type and offsets (ID<TAB>TYPE START END<TAB>TEXT)");
			}
			String id = fields[0];
			int space = fields[1].indexOf(' ');
			if (space <= 0) {
				throw problem(id + ": \"" + shorten(fields[1]) + "\" is not TYPE START END");
			}
			String type = fields[1].substring(0, space);
			List<TextRange> ranges = new ArrayList<>();
			for (String fragment : fields[1].substring(space + 1).split(";", -1)) {
				String[] ends = fragment.strip().split(" ", -1);
				if (ends.length != 2) {
					throw problem(id + ": fragment \"" + shorten(fragment) + "\" is not START END");
				}
				int begin = number(id, ends[0]);
				int end = number(id, ends[1]);
				if (end < begin || end > codePoints) {
					throw problem(id + ": offsets " + begin + "-" + end + " do not fit the text (" + codePoints + " characters, counted in code points as brat does)");
				}
				ranges.add(new TextRange(offsets.toUtf16(begin), offsets.toUtf16(end)));
			}
			if (fields.length > 2) {
				checkQuote(id, fields[2], ranges);
			}
			if (spans.putIfAbsent(id, new Building(id, type, ranges)) != null) {
				throw problem(id + " is defined twice");
			}
		}

		private void checkQuote(String id, String quote, List<TextRange> ranges) throws FormatException {
			List<String> parts = ranges.stream().map(r -> text.substring(r.begin(), r.end())).toList();
			String joined = String.join(" ", parts);
			int first = ranges.stream().mapToInt(TextRange::begin).min().getAsInt();
			int last = ranges.stream().mapToInt(TextRange::end).max().getAsInt();
			String covered = text.substring(first, last).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
			if (!quote.equals(joined) && !quote.equals(covered)) {
				throw problem(id + ": its text \"" + shorten(quote) + "\" is not the text at its offsets (\"" + shorten(joined) + "\")");
			}
		}

		private void other(String[] fields) throws FormatException {
			String id = fields[0];
			switch (id.charAt(0)) {
			case 'A', 'M' -> attribute(fields);
			case 'N' -> normalization(fields);
			case '#' -> note(fields);
			case 'R' -> relation(fields);
			case 'E' -> leftOut.add("brat events (" + (fields.length > 1 ? fields[1].split("[: ]")[0] : "") + "): Collatio has no events");
			case '*' -> leftOut.add("brat equivalences (" + (fields.length > 1 ? fields[1].split(" ")[0] : "") + "): Collatio has no equivalence sets");
			default -> throw problem("\"" + id + "\" is not a brat annotation id");
			}
		}

		private void attribute(String[] fields) throws FormatException {
			String[] parts = fields.length < 2 ? new String[0] : fields[1].split(" ");
			if (parts.length < 2 || parts.length > 3) {
				throw problem(fields[0] + ": an attribute is NAME TARGET [VALUE]");
			}
			Building span = spans.get(parts[1]);
			if (span == null) {
				if (parts[1].startsWith("E") || parts[1].startsWith("R")) {
					leftOut.add("attributes of events and relations (" + parts[0] + ")");
					return;
				}
				throw problem(fields[0] + ": attribute " + parts[0] + " refers to " + parts[1] + ", which is not a text-bound annotation of this file");
			}
			span.features.put(parts[0], parts.length == 3 ? parts[2] : "true");
		}

		private void normalization(String[] fields) throws FormatException {
			String[] parts = fields.length < 2 ? new String[0] : fields[1].split(" ");
			if (parts.length != 3 || !parts[2].contains(":")) {
				throw problem(fields[0] + ": a normalisation is Reference TARGET RID:ENTRY");
			}
			Building span = target(fields[0], parts[1]);
			span.features.merge("normalization", parts[2], (a, b) -> a + "\n" + b);
		}

		private void note(String[] fields) throws FormatException {
			String[] parts = fields.length < 3 ? new String[0] : fields[1].split(" ");
			if (parts.length != 2) {
				throw problem(fields[0] + ": a note is #ID<TAB>AnnotatorNotes TARGET<TAB>TEXT");
			}
			if (!"AnnotatorNotes".equals(parts[0])) {
				leftOut.add("brat notes of type " + parts[0]);
				return;
			}
			if (!spans.containsKey(parts[1])) {
				leftOut.add("notes on events and relations");
				return;
			}
			Building span = spans.get(parts[1]);
			span.note = span.note == null ? fields[2] : span.note + "\n" + fields[2];
		}

		private void relation(String[] fields) throws FormatException {
			String[] parts = fields.length < 2 ? new String[0] : fields[1].split(" ");
			if (parts.length != 3 || !parts[1].contains(":") || !parts[2].contains(":")) {
				throw problem(fields[0] + ": a relation is TYPE Arg1:ID Arg2:ID");
			}
			String from = parts[1].substring(parts[1].indexOf(':') + 1);
			String to = parts[2].substring(parts[2].indexOf(':') + 1);
			target(fields[0], from);
			target(fields[0], to);
			links.add(new ForeignLink(fields[0], parts[0], from, to, Map.of()));
		}

		private Building target(String id, String target) throws FormatException {
			Building span = spans.get(target);
			if (span == null) {
				throw problem(id + " refers to " + target + ", which is not a text-bound annotation of this file");
			}
			return span;
		}

		private int number(String id, String value) throws FormatException {
			try {
				int n = Integer.parseInt(value);
				if (n >= 0) {
					return n;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw problem(id + ": \"" + shorten(value) + "\" is not an offset");
		}

		private FormatException problem(String problem) {
			return new FormatException(file, "line " + line + ": " + problem);
		}
	}

	private static String shorten(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

	/** A text-bound annotation while its attributes and notes are read. */
	private static final class Building {

		final String id;
		final String type;
		final List<TextRange> ranges;
		final Map<String, String> features = new LinkedHashMap<>();
		String note;

		Building(String id, String type, List<TextRange> ranges) {
			this.id = id;
			this.type = type;
			this.ranges = ranges;
		}
	}
}
