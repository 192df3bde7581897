/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 reading: malformed input is an error, never silently replaced. */
public final class TextFiles {

	private TextFiles() {
	}

	public static String readUtf8(Path file) throws IOException {
		return decodeUtf8(Files.readAllBytes(file));
	}

	public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder() //
				.onMalformedInput(CodingErrorAction.REPORT) //
				.onUnmappableCharacter(CodingErrorAction.REPORT) //
				.decode(ByteBuffer.wrap(bytes)) //
				.toString();
	}
}
