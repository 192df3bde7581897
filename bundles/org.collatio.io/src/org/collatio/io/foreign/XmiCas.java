/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.collatio.io.FormatException;

/**
 * One CAS in XMI, read against its {@link UimaTypes}. The sofa of the {@code _InitialView} (or the
 * only sofa) is the document's text, exactly. Each annotation of that view (a subtype of
 * {@code uima.tcas.Annotation}) becomes a {@link ForeignSpan} whose layer is its type's full name
 * and whose features are its string features (a string array's values one per line) and primitive
 * ones (numbers, booleans) as written; a type with {@code Governor} and {@code Dependent} features
 * (an INCEpTION relation layer) becomes a {@link ForeignLink}; a {@code DocumentAnnotation}
 * (DKPro's DocumentMetaData) gives the title and language. begin/end are UTF-16 units, as in Java:
 * each is checked against the text (inside it, not between the halves of a surrogate pair), and an
 * annotation that does not fit stops the read, naming the file, the line, the xmi:id and the problem.
 * Annotations of other views, feature structures that are no annotations and reference features are
 * reported as left out.
 */
final class XmiCas {

	private static final String XMI = "http://www.omg.org/XMI";
	private static final String SOFA = "uima.cas.Sofa";
	private static final String VIEW = "uima.cas.View";
	private static final String NULL = "uima.cas.NULL";
	private static final Set<String> PRIMITIVE = Set.of("uima.cas.Boolean", "uima.cas.Byte", "uima.cas.Short", "uima.cas.Integer", "uima.cas.Long",
			"uima.cas.Float", "uima.cas.Double");
	private static final Set<String> OFFSETS = Set.of("sofa", "begin", "end");

	/** What is left out once for the whole source (a type, a feature), not once per annotation. */
	static final class Leftovers {

		private final ForeignSink sink;
		private final Set<String> reported = new HashSet<>();

		Leftovers(ForeignSink sink) {
			this.sink = sink;
		}

		void once(String what) {
			if (reported.add(what)) {
				sink.leftOut(what);
			}
		}
	}

	/** A feature structure as written: its type's full name, attributes and child elements. */
	private record Fs(String id, String type, Map<String, String> attributes, Map<String, List<String>> children, int line) {
	}

	private final Path file;
	private final UimaTypes types;
	private final Leftovers leftovers;

	XmiCas(Path file, UimaTypes types, Leftovers leftovers) {
		this.file = file;
		this.types = types;
		this.leftovers = leftovers;
	}

	ForeignDocument read(InputStream in, String name, String user) throws FormatException {
		List<Fs> all = parse(in);
		Map<String, Fs> byId = new HashMap<>();
		all.forEach(fs -> byId.put(fs.id(), fs));
		Fs sofa = initialSofa(all);
		String text = sofa.attributes().get("sofaString");
		if (text == null) {
			throw problem(sofa, "the sofa " + sofa.attributes().get("sofaID") + " holds no text (sofaString): only text documents can be imported");
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		List<ForeignSpan> spans = new ArrayList<>();
		List<Fs> relations = new ArrayList<>();
		Map<String, Integer> otherViews = new LinkedHashMap<>();
		for (Fs fs : all) {
			if (fs.type().equals(SOFA) || fs.type().equals(VIEW) || fs.type().equals(NULL)) {
				continue;
			}
			if (!types.isKnown(fs.type())) {
				throw problem(fs, "type " + fs.type() + " is not in TypeSystem.xml");
			}
			if (!types.isSubtypeOf(fs.type(), UimaTypes.ANNOTATION)) {
				if (fs.type().equals("org.collatio.DocumentInfo")) {
					collatioInfo(fs, metadata);
				} else {
					leftovers.once("feature structures of type " + fs.type() + " (not annotations of the text)");
				}
				continue;
			}
			String sofaRef = fs.attributes().get("sofa");
			if (sofaRef != null && !sofaRef.equals(sofa.id())) {
				otherViews.merge(sofaRef, 1, Integer::sum);
				continue;
			}
			TextRange range = range(fs, text);
			if (types.isSubtypeOf(fs.type(), UimaTypes.DOCUMENT_ANNOTATION)) {
				put(metadata, "title", fs.attributes().get("documentTitle"));
				String language = fs.attributes().get("language");
				put(metadata, "language", "x-unspecified".equals(language) ? null : language);
				continue;
			}
			if (types.isRelation(fs.type())) {
				relations.add(fs);
				continue;
			}
			if (range.begin() == range.end()) {
				leftovers.once("zero-width annotations of " + fs.type());
				continue;
			}
			spans.add(new ForeignSpan(fs.id(), fs.type(), List.of(range), features(fs, byId), null, user));
			ids.add(fs.id());
		}
		List<ForeignLink> links = new ArrayList<>();
		for (Fs fs : relations) {
			String governor = fs.attributes().get("Governor");
			String dependent = fs.attributes().get("Dependent");
			if (governor == null || dependent == null || !ids.contains(governor) || !ids.contains(dependent)) {
				throw problem(fs, "relation " + fs.type() + " joins " + governor + " and " + dependent + ", which are not both annotations of this document");
			}
			links.add(new ForeignLink(fs.id(), fs.type(), governor, dependent, features(fs, byId)));
		}
		List<String> leftOut = new ArrayList<>();
		otherViews.forEach((view, count) -> leftOut.add("annotations in views other than the initial view"));
		return new ForeignDocument(name, text, metadata, spans, links, leftOut);
	}

	private static void put(Map<String, String> metadata, String key, String value) {
		if (value != null && !value.isBlank()) {
			metadata.put(key, value);
		}
	}

	private static void collatioInfo(Fs fs, Map<String, String> metadata) {
		put(metadata, "title", fs.attributes().get("title"));
		put(metadata, "author", fs.attributes().get("author"));
		put(metadata, "url", fs.attributes().get("url"));
		put(metadata, "date", fs.attributes().get("publicationDate"));
	}

	private Fs initialSofa(List<Fs> all) throws FormatException {
		List<Fs> sofas = all.stream().filter(fs -> fs.type().equals(SOFA)).toList();
		for (Fs sofa : sofas) {
			if ("_InitialView".equals(sofa.attributes().get("sofaID"))) {
				return sofa;
			}
		}
		if (sofas.size() != 1) {
			throw new FormatException(file, sofas.isEmpty() ? "holds no sofa (the document's text): not a CAS in XMI"
					: "has " + sofas.size() + " sofas and none is the _InitialView");
		}
		return sofas.get(0);
	}

	private TextRange range(Fs fs, String text) throws FormatException {
		int begin = offset(fs, "begin");
		int end = offset(fs, "end");
		if (begin > end || end > text.length()) {
			throw problem(fs, "begin " + begin + " and end " + end + " do not fit the text (" + text.length() + " UTF-16 units)");
		}
		for (int offset : new int[] { begin, end }) {
			if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
				throw problem(fs, "offset " + offset + " falls between the two halves of a character outside the BMP");
			}
		}
		return new TextRange(begin, end);
	}

	private int offset(Fs fs, String name) throws FormatException {
		String value = fs.attributes().get(name);
		if (value == null) {
			return 0; // UIMA's default
		}
		try {
			int offset = Integer.parseInt(value.strip());
			if (offset >= 0) {
				return offset;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw problem(fs, name + " \"" + value + "\" is not an offset");
	}

	private Map<String, String> features(Fs fs, Map<String, Fs> byId) throws FormatException {
		Map<String, String> features = new LinkedHashMap<>();
		for (Map.Entry<String, String> attribute : fs.attributes().entrySet()) {
			String feature = attribute.getKey();
			if (OFFSETS.contains(feature)) {
				continue;
			}
			String range = types.range(fs.type(), feature);
			if (range == null) {
				throw problem(fs, "feature " + feature + " is not a feature of " + fs.type() + " in TypeSystem.xml");
			}
			if (types.isString(range) || PRIMITIVE.contains(range)) {
				features.put(feature, attribute.getValue());
			} else if (range.equals(UimaTypes.STRING_ARRAY)) {
				Fs array = byId.get(attribute.getValue());
				if (array != null) {
					features.put(feature, String.join("\n", array.children().getOrDefault("elements", List.of())));
				}
			} else if (!types.isRelation(fs.type()) || !(feature.equals("Governor") || feature.equals("Dependent"))) {
				leftovers.once("feature " + feature + " of " + fs.type() + " (a reference to another feature structure)");
			}
		}
		for (Map.Entry<String, List<String>> child : fs.children().entrySet()) {
			String range = types.range(fs.type(), child.getKey());
			if (range != null && range.equals(UimaTypes.STRING_ARRAY)) {
				features.put(child.getKey(), String.join("\n", child.getValue()));
			} else {
				leftovers.once("feature " + child.getKey() + " of " + fs.type() + " (not a string)");
			}
		}
		return features;
	}

	private List<Fs> parse(InputStream in) throws FormatException {
		List<Fs> all = new ArrayList<>();
		XMLStreamReader xml = null;
		try {
			xml = UimaXmiReader.xmlInput().createXMLStreamReader(in);
			int depth = 0;
			String id = null;
			String type = null;
			Map<String, String> attributes = null;
			Map<String, List<String>> children = null;
			int line = 0;
			String child = null;
			StringBuilder text = new StringBuilder();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					if (depth == 1 && !("XMI".equals(xml.getLocalName()) && XMI.equals(xml.getNamespaceURI()))) {
						throw new FormatException(file, "is not XMI: its root is " + xml.getLocalName());
					} else if (depth == 2) {
						line = xml.getLocation().getLineNumber();
						type = typeName(xml.getNamespaceURI(), xml.getLocalName());
						attributes = new LinkedHashMap<>();
						children = new LinkedHashMap<>();
						id = null;
						for (int i = 0; i < xml.getAttributeCount(); i++) {
							String namespace = xml.getAttributeNamespace(i);
							if (XMI.equals(namespace) && "id".equals(xml.getAttributeLocalName(i))) {
								id = xml.getAttributeValue(i);
							} else if (namespace == null || namespace.isEmpty()) {
								attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
							}
						}
					} else if (depth == 3) {
						child = xml.getLocalName();
						text.setLength(0);
					}
				} else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth == 3) {
					text.append(xml.getText());
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					if (depth == 3 && child != null) {
						children.computeIfAbsent(child, c -> new ArrayList<>()).add(text.toString());
						child = null;
					} else if (depth == 2 && type != null) {
						all.add(new Fs(id == null ? "" : id, type, attributes, children, line));
					}
					depth--;
				}
			}
		} catch (XMLStreamException e) {
			throw new FormatException(file, "is not well-formed XML" + (e.getLocation() != null ? " at line " + e.getLocation().getLineNumber() : "") + ": "
					+ e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""), e);
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// closing a reader of bytes in memory or a file stream closed by the caller
				}
			}
		}
		return all;
	}

	/** "http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore" + "NamedEntity" to the type's full name; null for what is not a CAS type. */
	private static String typeName(String namespace, String local) {
		if (namespace == null || !namespace.startsWith("http:///") || !namespace.endsWith(".ecore")) {
			return null;
		}
		return namespace.substring("http:///".length(), namespace.length() - ".ecore".length()).replace('/', '.') + "." + local;
	}

	private FormatException problem(Fs fs, String problem) {
		return new FormatException(file, "line " + fs.line() + ", xmi:id " + fs.id() + " (" + fs.type() + "): " + problem);
	}
}
