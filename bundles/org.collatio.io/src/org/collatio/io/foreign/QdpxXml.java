/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming over a validated {@code project.qde}: a StAX reader without DTDs or external entities,
 * and the few moves the REFI-QDA readers make (to the next child element, over an element, an
 * attribute by name).
 */
final class QdpxXml {

	private static final XMLInputFactory FACTORY = factory();

	private QdpxXml() {
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/** A reader positioned on the root element. */
	static XMLStreamReader open(byte[] project) throws XMLStreamException {
		XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(project));
		xml.nextTag();
		return xml;
	}

	/** Moves to the next child element of the current one: true, or to its end: false. */
	static boolean child(XMLStreamReader xml) throws XMLStreamException {
		return xml.nextTag() == XMLStreamConstants.START_ELEMENT;
	}

	/** Skips the current element with everything in it; the reader is left on its end. */
	static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** An attribute of the current element, or null. */
	static String attribute(XMLStreamReader xml, String name) {
		return xml.getAttributeValue(null, name);
	}

	/** The local name of the current element. */
	static String name(XMLStreamReader xml) {
		return xml.getLocalName();
	}
}
