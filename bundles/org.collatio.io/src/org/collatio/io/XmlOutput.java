/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.collatio.core.store.XmlChars;

/**
 * An {@link XMLStreamWriter} that keeps line ends and tabs exactly. XML parsers turn a CR LF in
 * text into LF, and any line end or tab in an attribute value into a space; the JDK's writer does not
 * escape them. Here they reach the file as character references ({@code &#13;}, {@code &#10;},
 * {@code &#9;}): values are marked with U+FFFF (not an XML character, so never in cleaned text)
 * before the writer escapes them, and the marks are replaced on the way to the file. Every value
 * is first cleaned with {@link XmlChars#clean}: a control character, U+FFFE or a lone surrogate in a
 * title or note becomes U+FFFD instead of an XML file no parser reads.
 */
final class XmlOutput implements AutoCloseable {

	private static final char MARK = '\uFFFF';

	private final XMLStreamWriter xml;
	private final Writer sink;

	XmlOutput(OutputStream out) throws XMLStreamException {
		// buffered before the unmarking, so that it sees chunks rather than single characters
		sink = new BufferedWriter(new Unmarking(new OutputStreamWriter(out, StandardCharsets.UTF_8)), 1 << 16);
		xml = XMLOutputFactory.newFactory().createXMLStreamWriter(sink);
	}

	XMLStreamWriter xml() {
		return xml;
	}

	void start(String name) throws XMLStreamException {
		xml.writeStartElement(name);
	}

	void start(String prefix, String name, String namespace) throws XMLStreamException {
		xml.writeStartElement(prefix, name, namespace);
	}

	void empty(String name) throws XMLStreamException {
		xml.writeEmptyElement(name);
	}

	void end() throws XMLStreamException {
		xml.writeEndElement();
	}

	/** An attribute; null values are left out. Line ends and tabs survive a parser's normalisation. */
	void attribute(String name, Object value) throws XMLStreamException {
		if (value != null) {
			xml.writeAttribute(name, mark(value.toString(), true));
		}
	}

	void attribute(String prefix, String namespace, String name, Object value) throws XMLStreamException {
		if (value != null) {
			xml.writeAttribute(prefix, namespace, name, mark(value.toString(), true));
		}
	}

	/** Text content; a CR survives. */
	void text(String text) throws XMLStreamException {
		xml.writeCharacters(mark(text, false));
	}

	/** {@code <name>text</name>}, or nothing when text is null. */
	void element(String name, String text) throws XMLStreamException {
		if (text != null) {
			xml.writeStartElement(name);
			text(text);
			xml.writeEndElement();
		}
	}

	/**
	 * The value cleaned of what XML 1.0 cannot carry ({@link XmlChars#clean}, which also turns a
	 * U+FFFF of the user's text into U+FFFD, so it can never be taken for a mark), then marked.
	 */
	private static String mark(String raw, boolean attribute) {
		String value = XmlChars.clean(raw);
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			char code = switch (c) {
			case '\r' -> 'r';
			case '\n' -> attribute ? 'n' : 0;
			case '\t' -> attribute ? 't' : 0;
			default -> 0;
			};
			if (code != 0 && out == null) {
				out = new StringBuilder(value.length() + 16).append(value, 0, i);
			}
			if (code != 0) {
				out.append(MARK).append(code);
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? value : out.toString();
	}

	@Override
	public void close() throws XMLStreamException, IOException {
		xml.writeEndDocument();
		xml.close();
		sink.flush();
	}

	/** Replaces MARK + code by the character reference. */
	private static final class Unmarking extends FilterWriter {

		private boolean marked;

		Unmarking(Writer out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			if (marked) {
				marked = false;
				out.write(switch (c) {
				case 'r' -> "&#13;";
				case 'n' -> "&#10;";
				default -> "&#9;";
				});
			} else if (c == MARK) {
				marked = true;
			} else {
				out.write(c);
			}
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			int start = offset;
			int end = offset + length;
			for (int i = offset; i < end; i++) {
				if (marked || buffer[i] == MARK) {
					out.write(buffer, start, i - start);
					write(buffer[i]);
					start = i + 1;
				}
			}
			out.write(buffer, start, end - start);
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			int mark = text.indexOf(MARK, offset);
			if (!marked && (mark < 0 || mark >= offset + length)) {
				out.write(text, offset, length);
			} else {
				write(text.substring(offset, offset + length).toCharArray(), 0, length);
			}
		}
	}
}
