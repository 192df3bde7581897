/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a file's bytes into article text. Plain text is decoded strictly (UTF-8, or UTF-16 when a
 * byte order mark says so; the mark itself is dropped, everything else, CRLF included, is kept as
 * it is). HTML goes through {@link HtmlArticleExtractor}. Binary files and malformed text are
 * refused with the reason.
 */
final class ArticleReader {

	private static final int SNIFF_BYTES = 64 * 1024;

	private ArticleReader() {
	}

	static ArticleText read(Path file, byte[] bytes) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException(file, "the file is empty");
		}
		if (isHtml(file, bytes)) {
			if (!startsWith(bytes, 0xFE, 0xFF) && !startsWith(bytes, 0xFF, 0xFE)) {
				rejectBinary(file, bytes); // random bytes named .html are not a page
			}
			return HtmlArticleExtractor.extract(file, bytes);
		}
		String text = decode(file, bytes);
		if (text.isBlank()) {
			throw new ImportException(file, "the file holds only white space");
		}
		return new ArticleText(text, ArticleMetadata.EMPTY);
	}

	private static boolean isHtml(Path file, byte[] bytes) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
			return true;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
				.toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		return head.startsWith("<!doctype html") || head.startsWith("<html");
	}

	static String decode(Path file, byte[] bytes) throws ImportException {
		Charset charset = StandardCharsets.UTF_8;
		int start = 0;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			start = 3;
		} else if (startsWith(bytes, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			start = 2;
		} else if (startsWith(bytes, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			start = 2;
		} else {
			rejectBinary(file, bytes);
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length));
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new ImportException(file, "not valid " + charset.name() + ": malformed byte sequence at byte offset " + in.position()
					+ " (convert the file to UTF-8 first)");
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		if (text.indexOf('\u0000') >= 0) {
			throw new ImportException(file, "looks like a binary file (it contains NUL characters), not text");
		}
		return text;
	}

	/** A NUL byte, or many control characters, in the first 64 KiB mark a binary file. */
	private static void rejectBinary(Path file, byte[] bytes) throws ImportException {
		int n = Math.min(bytes.length, SNIFF_BYTES);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				throw new ImportException(file, "looks like a binary file (it contains NUL bytes), not text");
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F) {
				control++;
			}
		}
		if (control > Math.max(8, n / 100)) {
			throw new ImportException(file, "looks like a binary file (" + control + " control bytes in the first " + n + "), not text");
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
