/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import static org.collatio.io.foreign.QdpxXml.attribute;
import static org.collatio.io.foreign.QdpxXml.child;
import static org.collatio.io.foreign.QdpxXml.name;
import static org.collatio.io.foreign.QdpxXml.skip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.collatio.io.FormatException;
import org.collatio.io.Progress;

/**
 * The second pass over a validated {@code project.qde}: each TextSource becomes a
 * {@link ForeignDocument}, handed to the sink before the next is read. Its text comes from
 * {@code PlainTextContent} or from {@code plainTextPath} ({@code internal://} only); its
 * PlainTextSelections become spans, one per coding (the first keeps the selection's GUID as its
 * id, the others add {@code #2}, {@code #3}...; no features, so that a mapping never mistakes a
 * GUID or a selection's name for a tag; the selection's description and notes go on the first, a
 * coding's own notes on its span),
 * positions converted from code points to UTF-16 and checked against the text. A selection
 * without a coding is kept as one span of layer {@link QdpxReader#UNCODED}. Links whose two ends are
 * selections of the same source go with it; the others are reported once every source is read.
 */
final class QdpxSources {

	private final QdpxArchive archive;
	private final QdpxProject project;
	private final ForeignSink sink;
	private final Progress progress;
	private final Set<String> linked = new HashSet<>();

	QdpxSources(QdpxArchive archive, QdpxProject project, ForeignSink sink, Progress progress) {
		this.archive = archive;
		this.project = project;
		this.sink = sink;
		this.progress = progress;
	}

	void read(byte[] qde) throws XMLStreamException, IOException, FormatException {
		XMLStreamReader xml = QdpxXml.open(qde);
		try {
			while (child(xml)) {
				if ("Sources".equals(name(xml))) {
					sources(xml);
				} else {
					skip(xml);
				}
			}
		} finally {
			xml.close();
		}
		int unlinked = project.links - linked.size();
		if (unlinked > 0) {
			sink.leftOut(unlinked + (unlinked == 1 ? " link does" : " links do")
					+ " not join two selections of one text source (links between codes, sources, notes or documents are not imported)");
		}
	}

	private void sources(XMLStreamReader xml) throws XMLStreamException, IOException, FormatException {
		while (child(xml)) {
			progress.checkCanceled();
			String kind = name(xml);
			String name = attribute(xml, "name") != null ? attribute(xml, "name") : attribute(xml, "guid");
			if ("TextSource".equals(kind)) {
				textSource(xml, name);
			} else {
				skip(xml);
				sink.leftOut(kind + " \"" + name + "\": only text sources are imported");
			}
			progress.worked(name);
		}
	}

	/** A selection as read, before its text is checked. */
	private record Selection(String guid, String name, long start, long end, String user, String description, List<String> notes,
			List<Coding> codings) {
	}

	private record Coding(String guid, String code, String user, List<String> notes) {
	}

	private void textSource(XMLStreamReader xml, String name) throws XMLStreamException, IOException, FormatException {
		String guid = attribute(xml, "guid");
		String path = attribute(xml, "plainTextPath");
		String what = "source \"" + name + "\"";
		String text = null;
		String description = null;
		List<Selection> selections = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		while (child(xml)) {
			switch (name(xml)) {
			case "Description" -> description = xml.getElementText();
			case "PlainTextContent" -> text = xml.getElementText();
			case "PlainTextSelection" -> selections.add(selection(xml));
			case "Coding" -> {
				skip(xml);
				leftOut.add("a coding of the whole source (only selections are imported)");
			}
			case "NoteRef" -> {
				skip(xml);
				leftOut.add("a note on the whole source");
			}
			case "VariableValue" -> {
				skip(xml);
				leftOut.add("a variable value");
			}
			default -> skip(xml);
			}
		}
		if (text == null) {
			if (!QdpxArchive.isInternal(path)) {
				sink.leftOut(what + ": its text " + (path == null ? "is missing" : path + " is outside the archive and is not read") + "; its "
						+ selections.size() + " selections are not imported");
				return;
			}
			text = archive.text(path, what);
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("guid", guid);
		if (description != null && !description.isBlank()) {
			metadata.put("description", description);
		}
		List<ForeignSpan> spans = spans(text, selections, what, path);
		long named = selections.stream().filter(selection -> selection.name() != null && !selection.name().isBlank()).count();
		if (named > 0) {
			leftOut.add(named + (named == 1 ? " selection's name" : " selections' names") + " (a REFI-QDA label of the selection, not a code)");
		}
		sink.document(new ForeignDocument(name, text, metadata, spans, links(selections), leftOut));
	}

	private Selection selection(XMLStreamReader xml) throws XMLStreamException, FormatException {
		String guid = attribute(xml, "guid");
		long start = number(attribute(xml, "startPosition"), guid);
		long end = number(attribute(xml, "endPosition"), guid);
		String name = attribute(xml, "name");
		String user = attribute(xml, "creatingUser");
		String description = null;
		List<String> notes = new ArrayList<>();
		List<Coding> codings = new ArrayList<>();
		while (child(xml)) {
			switch (name(xml)) {
			case "Description" -> description = xml.getElementText();
			case "NoteRef" -> {
				notes.add(attribute(xml, "targetGUID"));
				skip(xml);
			}
			case "Coding" -> codings.add(coding(xml));
			default -> skip(xml);
			}
		}
		return new Selection(guid, name, start, end, user, description, notes, codings);
	}

	private Coding coding(XMLStreamReader xml) throws XMLStreamException {
		String guid = attribute(xml, "guid");
		String user = attribute(xml, "creatingUser");
		String code = null;
		List<String> notes = new ArrayList<>();
		while (child(xml)) {
			if ("CodeRef".equals(name(xml))) {
				code = attribute(xml, "targetGUID");
			} else if ("NoteRef".equals(name(xml))) {
				notes.add(attribute(xml, "targetGUID"));
			}
			skip(xml);
		}
		return new Coding(guid, code, user, notes);
	}

	private long number(String value, String guid) throws FormatException {
		try {
			return Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			throw new FormatException(archive.file(), QdpxArchive.PROJECT + ", selection " + guid + ": position " + value + " is out of range");
		}
	}

	private List<ForeignSpan> spans(String text, List<Selection> selections, String what, String path) throws FormatException {
		CodePoints positions = new CodePoints(text);
		List<ForeignSpan> spans = new ArrayList<>(selections.size());
		for (Selection selection : selections) {
			if (!positions.fits(selection.start(), selection.end())) {
				throw new FormatException(archive.file(), QdpxArchive.PROJECT + ", " + what + (path == null ? "" : " (" + path + ")") + ", selection "
						+ selection.guid() + ": characters " + selection.start() + ".." + selection.end() + " do not fit its text of "
						+ positions.length() + " characters");
			}
			TextRange range = new TextRange(positions.toUtf16((int) selection.start()), positions.toUtf16((int) selection.end()));
			Map<String, String> features = Map.of();
			if (selection.codings().isEmpty()) {
				spans.add(new ForeignSpan(selection.guid(), QdpxReader.UNCODED, List.of(range), features, note(selection, null, true),
						user(selection.user())));
				continue;
			}
			int n = 0;
			for (Coding coding : selection.codings()) {
				String layer = project.codes.get(coding.code());
				if (layer == null) {
					throw new FormatException(archive.file(), QdpxArchive.PROJECT + ", " + what + ", selection " + selection.guid() + ": coding "
							+ coding.guid() + " refers to code " + coding.code() + ", which the code book does not hold");
				}
				n++;
				String id = n == 1 ? selection.guid() : selection.guid() + "#" + n;
				spans.add(new ForeignSpan(id, layer, List.of(range), features, note(selection, coding, n == 1),
						user(coding.user() != null ? coding.user() : selection.user())));
			}
		}
		return spans;
	}

	/**
	 * A span's note, one paragraph each: on the first span of a selection its description and the
	 * notes it refers to (so that they are imported once), then the notes of the coding; null when none.
	 */
	private String note(Selection selection, Coding coding, boolean first) {
		StringJoiner note = new StringJoiner("\n\n");
		note.setEmptyValue("");
		if (first && selection.description() != null && !selection.description().isEmpty()) {
			note.add(selection.description());
		}
		List<String> refs = new ArrayList<>(first ? selection.notes() : List.of());
		if (coding != null) {
			refs.addAll(coding.notes());
		}
		for (String ref : refs) {
			String text = project.notes.get(ref);
			if (text != null && !text.isEmpty()) {
				note.add(text);
			}
		}
		String joined = note.toString();
		return joined.isEmpty() ? null : joined;
	}

	private String user(String guid) {
		return guid == null ? null : project.users.getOrDefault(guid, guid);
	}

	private List<ForeignLink> links(List<Selection> selections) {
		Set<String> here = new HashSet<>();
		selections.forEach(selection -> here.add(selection.guid()));
		List<ForeignLink> links = new ArrayList<>();
		for (Selection selection : selections) {
			for (QdpxProject.Link link : project.linksFrom.getOrDefault(selection.guid(), List.of())) {
				if (here.contains(link.target()) && linked.add(link.guid())) {
					Map<String, String> features = new HashMap<>();
					if (link.direction() != null) {
						features.put("direction", link.direction());
					}
					if (link.colour() != null) {
						features.put("colour", link.colour());
					}
					String layer = link.name() == null || link.name().isBlank() ? QdpxReader.LINK : link.name();
					links.add(new ForeignLink(link.guid(), layer, link.origin(), link.target(), features));
				}
			}
		}
		return links;
	}
}
