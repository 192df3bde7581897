/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.collatio.io.FormatException;

/**
 * A UIMA type system (TypeSystem.xml) as far as an import needs it: each type's supertype and its
 * features' range types, read with StAX (UIMA itself is not needed). Knows UIMA's built-in types.
 */
final class UimaTypes {

	static final String ANNOTATION = "uima.tcas.Annotation";
	static final String DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation";
	static final String STRING = "uima.cas.String";
	static final String STRING_ARRAY = "uima.cas.StringArray";
	private static final Map<String, String> BUILT_IN = Map.of(ANNOTATION, "uima.cas.AnnotationBase", DOCUMENT_ANNOTATION, ANNOTATION,
			"uima.cas.AnnotationBase", "uima.cas.TOP", STRING, "uima.cas.TOP");

	/** Deeper than any real type system; stops a type system whose supertypes go round in a circle. */
	private static final int MAX_DEPTH = 64;

	private final Map<String, String> supertypes = new HashMap<>(BUILT_IN);
	private final Map<String, Map<String, String>> features = new HashMap<>();

	private UimaTypes() {
		features.put(DOCUMENT_ANNOTATION, Map.of("language", STRING));
	}

	static UimaTypes read(Path file, InputStream in) throws FormatException {
		UimaTypes types = new UimaTypes();
		try {
			XMLStreamReader xml = UimaXmiReader.xmlInput().createXMLStreamReader(in);
			List<String> stack = new ArrayList<>();
			String type = null;
			String featureName = null;
			StringBuilder text = new StringBuilder();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					stack.add(xml.getLocalName());
					text.setLength(0);
					if ("typeDescription".equals(xml.getLocalName())) {
						type = null;
					} else if ("featureDescription".equals(xml.getLocalName())) {
						featureName = null;
					}
				} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					text.append(xml.getText());
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					String element = stack.remove(stack.size() - 1);
					String parent = stack.isEmpty() ? "" : stack.get(stack.size() - 1);
					String value = text.toString().strip();
					if ("name".equals(element) && "typeDescription".equals(parent)) {
						type = value;
						types.features.putIfAbsent(type, new HashMap<>());
					} else if ("supertypeName".equals(element) && "typeDescription".equals(parent) && type != null) {
						types.supertypes.put(type, value);
					} else if ("name".equals(element) && "featureDescription".equals(parent)) {
						featureName = value;
					} else if ("rangeTypeName".equals(element) && "featureDescription".equals(parent) && type != null && featureName != null) {
						types.features.get(type).put(featureName, value);
					}
					text.setLength(0);
				}
			}
		} catch (XMLStreamException e) {
			throw new FormatException(file, "is not a readable UIMA type system: " + e.getMessage(), e);
		}
		return types;
	}

	boolean isSubtypeOf(String type, String ancestor) {
		String t = type;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = supertypes.get(t)) {
			if (t.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	boolean isKnown(String type) {
		return supertypes.containsKey(type);
	}

	/** The range of a feature declared on the type or one of its supertypes, or null. */
	String range(String type, String feature) {
		String t = type;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = supertypes.get(t)) {
			String range = features.getOrDefault(t, Map.of()).get(feature);
			if (range != null) {
				return range;
			}
		}
		return null;
	}

	/** uima.cas.String or a string subtype (a feature with allowed values). */
	boolean isString(String range) {
		return range != null && isSubtypeOf(range, STRING);
	}

	/** A relation layer as INCEpTION makes it: an annotation type with Governor and Dependent features. */
	boolean isRelation(String type) {
		return range(type, "Governor") != null && range(type, "Dependent") != null;
	}
}
