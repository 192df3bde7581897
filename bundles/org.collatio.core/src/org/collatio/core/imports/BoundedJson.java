/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON reader for input that comes from outside (sidecars, catalogues, W3C exports): its
 * limits turn hostile input (nesting thousands of levels deep, a number of a million digits, a
 * string of a gigabyte) into a parse error with a line and column, never a stack overflow, a
 * quadratic number parse or an exhausted heap. The limits are far beyond any real export.
 */
public final class BoundedJson {

	/** Deepest nesting of arrays and objects: a Collatio export nests about ten levels. */
	public static final int MAX_NESTING = 64;
	/** Longest number, in characters. */
	public static final int MAX_NUMBER_LENGTH = 64;
	/** Longest string value, in characters: an article text is at most 20 MiB. */
	public static final int MAX_STRING_LENGTH = 32 * 1024 * 1024;
	/** Longest field name, in characters. */
	public static final int MAX_NAME_LENGTH = 4096;

	private static final ObjectMapper MAPPER = new ObjectMapper(factory());

	private BoundedJson() {
	}

	/** A mapper whose parsers apply the limits; thread-safe, share it. */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	private static JsonFactory factory() {
		return new JsonFactoryBuilder().streamReadConstraints(StreamReadConstraints.builder() //
				.maxNestingDepth(MAX_NESTING) //
				.maxNumberLength(MAX_NUMBER_LENGTH) //
				.maxStringLength(MAX_STRING_LENGTH) //
				.maxNameLength(MAX_NAME_LENGTH) //
				.build()).build();
	}
}
