/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.collatio.io.FormatException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * REFI-QDA's Project.xsd (QDA-XML 1.0, 18 March 2019, MIT licence; a copy is packaged beside this
 * class as {@code refi-qda-project.xsd}) and the validation of a {@code project.qde} against it,
 * before anything is read. A violation is a {@link FormatException} naming the archive, the entry,
 * the line and the column. Nothing outside the entry is read: no DTD, no external schema.
 */
final class QdpxSchema {

	static final String NAMESPACE = "urn:QDA-XML:project:1.0";
	private static final String RESOURCE = "refi-qda-project.xsd";
	private static Schema schema;

	private QdpxSchema() {
	}

	/** Validates {@code project} (the bytes of entry {@code entry} of {@code archive}). */
	static void validate(Path archive, String entry, byte[] project) throws IOException, FormatException {
		Validator validator = schema().newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new StreamSource(new ByteArrayInputStream(project), entry));
		} catch (SAXParseException e) {
			throw new FormatException(archive, entry + ", line " + e.getLineNumber() + ", column " + e.getColumnNumber()
					+ ": does not follow the REFI-QDA project schema: " + e.getMessage(), e);
		} catch (SAXException e) {
			throw new FormatException(archive, entry + ": does not follow the REFI-QDA project schema: " + e.getMessage(), e);
		}
	}

	private static synchronized Schema schema() throws IOException {
		if (schema == null) {
			URL xsd = QdpxSchema.class.getResource(RESOURCE);
			if (xsd == null) {
				throw new IOException("the REFI-QDA schema " + RESOURCE + " is missing from the bundle");
			}
			try {
				SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
				schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
			} catch (SAXException e) {
				throw new IOException("the REFI-QDA schema cannot be read: " + e.getMessage(), e);
			}
		}
		return schema;
	}
}
