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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.collatio.io.FormatException;

/**
 * The first pass over a validated {@code project.qde}: what the sources refer to and that the
 * schema puts around them (users before, notes and links after). The code book is handed to the
 * sink as it is read (parents before children, so all codes come before the first document);
 * users, notes and links are kept (small beside the selections), and what does not map (variables,
 * cases, sets, graphs, the project's own description and notes) is reported as left out.
 */
final class QdpxProject {

	/** A link between two objects of the project, by GUID. */
	record Link(String guid, String name, String direction, String colour, String origin, String target) {
	}

	/** User GUID to name (its id when it has no name). */
	final Map<String, String> users = new HashMap<>();
	/** Code GUID to its path joined by "/". */
	final Map<String, String> codes = new HashMap<>();
	/** Note GUID to its text. */
	final Map<String, String> notes = new HashMap<>();
	/** Links by the GUID they start from. */
	final Map<String, List<Link>> linksFrom = new LinkedHashMap<>();
	int links;
	/** How many sources there are, for progress. */
	int sources;

	private final QdpxArchive archive;
	private final ForeignSink sink;

	private QdpxProject(QdpxArchive archive, ForeignSink sink) {
		this.archive = archive;
		this.sink = sink;
	}

	static QdpxProject read(QdpxArchive archive, byte[] project, ForeignSink sink) throws XMLStreamException, IOException, FormatException {
		QdpxProject read = new QdpxProject(archive, sink);
		XMLStreamReader xml = QdpxXml.open(project);
		try {
			read.project(xml);
		} finally {
			xml.close();
		}
		return read;
	}

	private void project(XMLStreamReader xml) throws XMLStreamException, IOException, FormatException {
		while (child(xml)) {
			switch (name(xml)) {
			case "Users" -> users(xml);
			case "CodeBook" -> codeBook(xml);
			case "Sources" -> countSources(xml);
			case "Notes" -> notes(xml);
			case "Links" -> links(xml);
			case "Variables", "Cases", "Sets", "Graphs" -> leftOut(xml, name(xml).toLowerCase(java.util.Locale.ROOT));
			case "Description" -> {
				xml.getElementText();
				sink.leftOut("the project's description");
			}
			case "NoteRef" -> {
				skip(xml);
				sink.leftOut("a note on the project as a whole");
			}
			default -> skip(xml);
			}
		}
	}

	private void users(XMLStreamReader xml) throws XMLStreamException {
		while (child(xml)) {
			String guid = attribute(xml, "guid");
			String name = attribute(xml, "name");
			users.put(guid, name != null && !name.isBlank() ? name : attribute(xml, "id") != null ? attribute(xml, "id") : guid);
			skip(xml);
		}
	}

	private void codeBook(XMLStreamReader xml) throws XMLStreamException {
		while (child(xml)) { // Codes
			while (child(xml)) { // Code
				code(xml, List.of());
			}
		}
	}

	private void code(XMLStreamReader xml, List<String> parent) throws XMLStreamException {
		List<String> path = new ArrayList<>(parent);
		path.add(attribute(xml, "name"));
		String colour = colour(attribute(xml, "color"));
		codes.put(attribute(xml, "guid"), String.join("/", path));
		String description = null;
		boolean handed = false;
		while (child(xml)) {
			switch (name(xml)) {
			case "Description" -> description = xml.getElementText();
			case "Code" -> {
				if (!handed) {
					sink.code(new ForeignCode(path, colour, description));
					handed = true;
				}
				code(xml, path);
			}
			default -> skip(xml); // a NoteRef on a code
			}
		}
		if (!handed) {
			sink.code(new ForeignCode(path, colour, description));
		}
	}

	/** {@code #rgb} or {@code #rrggbb} (the schema allows both) as {@code #rrggbb}. */
	static String colour(String rgb) {
		if (rgb == null) {
			return null;
		}
		String value = rgb.trim();
		if (value.length() == 4) {
			return "#" + value.charAt(1) + value.charAt(1) + value.charAt(2) + value.charAt(2) + value.charAt(3) + value.charAt(3);
		}
		return value;
	}

	private void countSources(XMLStreamReader xml) throws XMLStreamException {
		while (child(xml)) {
			sources++;
			skip(xml);
		}
	}

	private void notes(XMLStreamReader xml) throws XMLStreamException, IOException, FormatException {
		while (child(xml)) { // Note, a TextSourceType
			String guid = attribute(xml, "guid");
			String path = attribute(xml, "plainTextPath");
			String what = "note \"" + (attribute(xml, "name") == null ? guid : attribute(xml, "name")) + "\"";
			String text = null;
			while (child(xml)) {
				if ("PlainTextContent".equals(name(xml))) {
					text = xml.getElementText();
				} else {
					skip(xml);
				}
			}
			if (text == null && QdpxArchive.isInternal(path)) {
				text = archive.text(path, what);
			}
			if (text != null) {
				notes.put(guid, text);
			} else {
				sink.leftOut(what + ": its text is not in the project (" + path + ")");
			}
		}
	}

	private void links(XMLStreamReader xml) throws XMLStreamException {
		while (child(xml)) {
			Link link = new Link(attribute(xml, "guid"), attribute(xml, "name"), attribute(xml, "direction"), colour(attribute(xml, "color")),
					attribute(xml, "originGUID"), attribute(xml, "targetGUID"));
			skip(xml);
			if (link.origin() == null || link.target() == null) {
				sink.leftOut("link " + link.guid() + ": it does not name both ends");
				continue;
			}
			linksFrom.computeIfAbsent(link.origin(), k -> new ArrayList<>()).add(link);
			links++;
		}
	}

	private void leftOut(XMLStreamReader xml, String what) throws XMLStreamException {
		int count = 0;
		while (child(xml)) {
			count++;
			skip(xml);
		}
		sink.leftOut(count + " " + (count == 1 ? what.substring(0, what.length() - 1) : what) + " (REFI-QDA " + what
				+ " have no counterpart in Collatio)");
	}
}
