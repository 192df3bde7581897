/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.collatio.io.ArchiveLimits;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;

/**
 * Reads a REFI-QDA project exchange file ({@code .qdpx}: MAXQDA, NVivo, ATLAS.ti, QualCoder,
 * Collatio's own {@code QdpxExport}). The archive is read within {@link ArchiveLimits}, and its
 * {@code project.qde} is first validated against REFI-QDA's Project.xsd (a violation names the line
 * and the column); then the code book becomes {@link ForeignCode}s (hierarchy and colours), and each
 * text source a {@link ForeignDocument}: its plain text ({@code sources/} or inline), one span per
 * coding of each selection (layer: the code's path joined by "/"; author: the name of the coding's
 * or else the selection's user; note: the selection's description and the notes it refers to) and
 * the links between its selections. Sets, graphs, variables, cases and other kinds of source are
 * reported as left out.
 * <p>
 * <b>Positions.</b> REFI-QDA counts characters of the plain text, which the standard as published
 * takes to be Unicode characters, i.e. code points (an emoji is one); they are converted to UTF-16
 * explicitly. The text is never rewritten: a UTF-8 byte order mark at the start of a text file is
 * not text and is dropped, so position 0 is the character after it (no shift for a file with a
 * mark; a producer that counted the mark would be one off, which is caught when a selection does
 * not fit); CR LF stays two characters and positions are checked against the text as it is. Inline
 * {@code PlainTextContent} is what XML gives: XML turns a literal CR LF into LF (a producer must
 * write {@code &#13;} to keep a CR). A selection that does not fit its text stops the read with a
 * message naming the archive, the source, the selection's GUID and the problem.
 */
public final class QdpxReader implements ForeignReader {

	/** The id of the format, as {@code collatio import --format qdpx} takes it. */
	public static final String ID = "qdpx";
	/** The layer of a selection that no code is attached to (ATLAS.ti's free quotations). */
	public static final String UNCODED = "(uncoded)";
	/** The layer of a link without a name. */
	public static final String LINK = "link";

	private final ArchiveLimits limits;

	public QdpxReader() {
		this(ArchiveLimits.defaults());
	}

	/** A reader within other limits than {@link ArchiveLimits#defaults()}. */
	public QdpxReader(ArchiveLimits limits) {
		this.limits = limits;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "REFI-QDA project (.qdpx: MAXQDA, NVivo, ATLAS.ti)";
	}

	@Override
	public void read(Path source, ForeignSink sink, Progress progress) throws IOException, FormatException {
		try (QdpxArchive archive = new QdpxArchive(source, limits)) {
			byte[] project = archive.project();
			QdpxSchema.validate(source, QdpxArchive.PROJECT, project);
			try {
				QdpxProject read = QdpxProject.read(archive, project, sink);
				progress.begin("REFI-QDA project " + source.getFileName(), read.sources);
				new QdpxSources(archive, read, sink, progress).read(project);
			} catch (XMLStreamException e) {
				String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
				throw new FormatException(source, QdpxArchive.PROJECT + where + ": cannot be read: " + e.getMessage(), e);
			}
		}
	}
}
