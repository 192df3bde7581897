/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;

import org.collatio.core.store.TextFiles;
import org.collatio.io.FormatException;

/**
 * The text of a source file as other tools write it: strict UTF-8, and a byte order mark at the
 * very start is the file's signature, not text. It is dropped, so position 0 is the first character
 * after it: a tool that counted the mark as a character would be one off everywhere, which the
 * range checks of each reader then report rather than this class guessing. Nothing else is
 * changed: CR LF stays two characters, exactly as in the file.
 */
final class PlainText {

	/** U+FEFF as the first character of a decoded text. */
	static final char BOM = '\uFEFF';
	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private PlainText() {
	}

	/** The text of {@code bytes}; {@code file} and {@code what} name them when they are not UTF-8. */
	static String decode(byte[] bytes, Path file, String what) throws FormatException {
		byte[] text = startsWithBom(bytes) ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
		try {
			return TextFiles.decodeUtf8(text);
		} catch (CharacterCodingException e) {
			throw new FormatException(file, what + " is not valid UTF-8", e);
		}
	}

	/** A decoded text without a leading byte order mark. */
	static String withoutBom(String text) {
		return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
	}
}
