/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.file.Path;

import org.collatio.io.FormatException;
import org.collatio.io.Progress;

/**
 * Reads annotations that another tool wrote (UIMA CAS XMI, brat standoff, REFI-QDA, W3C Web
 * Annotation) into {@link ForeignDocument}s. A reader never writes: a broken source throws a
 * {@link FormatException} naming the file, the line or entry, and the problem, and whatever was
 * already handed to the sink is thrown away by the importer. A reader reads only inside
 * {@code source} (links out of it and zip entries that climb out are refused).
 */
public interface ForeignReader {

	/** The id of the format, as {@code collatio import --format} takes it. */
	String id();

	/** The format's name for people. */
	String label();

	void read(Path source, ForeignSink sink, Progress progress) throws IOException, FormatException;
}
