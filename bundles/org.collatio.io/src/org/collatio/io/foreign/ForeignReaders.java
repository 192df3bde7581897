/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readers of other tools' annotations, by id ({@code collatio import --format ID}). A new
 * reader is a class of this package implementing {@link ForeignReader} with a public no-argument
 * constructor, named in {@link #CLASSES}; a name whose class is not (yet) in the bundle is skipped,
 * so readers written on other branches join by name alone.
 */
public final class ForeignReaders {

	/** The readers' classes, in the order they are offered. */
	private static final List<String> CLASSES = List.of("UimaXmiReader", "BratReader", "QdpxReader", "W3cAnnotationReader");

	private static final List<ForeignReader> ALL = load();

	private ForeignReaders() {
	}

	private static List<ForeignReader> load() {
		List<ForeignReader> readers = new ArrayList<>();
		for (String name : CLASSES) {
			try {
				Class<?> type = Class.forName(ForeignReaders.class.getPackageName() + "." + name);
				readers.add((ForeignReader) type.getConstructor().newInstance());
			} catch (ClassNotFoundException e) {
				// written on another branch, not merged yet
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("reader " + name + " cannot be made: " + e, e);
			}
		}
		return List.copyOf(readers);
	}

	public static List<ForeignReader> all() {
		return ALL;
	}

	public static Optional<ForeignReader> byId(String id) {
		return ALL.stream().filter(reader -> reader.id().equals(id)).findFirst();
	}

	/** "uima-xmi, brat, ..." */
	public static String ids() {
		return String.join(", ", ALL.stream().map(ForeignReader::id).toList());
	}
}
