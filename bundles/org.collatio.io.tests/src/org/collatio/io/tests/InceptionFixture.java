/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * UIMA CAS XMI as INCEpTION writes it, made by Apache UIMA itself (uimaj-core's XmiCasSerializer,
 * test-only): DKPro's NamedEntity with its value, DKPro's Token (a segmentation layer), a
 * {@code webanno.custom.Claimish} span layer with string features, and a {@code webanno.custom.Support}
 * relation layer (Governor/Dependent). Texts with a character outside the BMP before the spans and
 * CRLF line ends. {@link #expected} is what UIMA says each annotation covers.
 */
final class InceptionFixture {

	static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
	static final String CLAIMISH = "webanno.custom.Claimish";
	static final String SUPPORT = "webanno.custom.Support";
	static final String TEXT_1 = "\uD83D\uDE00 Alice Smith met ACME Corp.\r\nShe said prices will fall.\r\n";
	static final String TEXT_2 = "\uD83C\uDF0D\uD83C\uDF0D Bob Jones denied it.\r\n";

	/** An annotation as UIMA sees it: type, covered text, the feature that names its tag. */
	record Expected(String document, String type, String coveredText, String value) {
	}

	final List<Expected> expected = new ArrayList<>();
	int relations;
	private final TypeSystemDescription typeSystem;

	InceptionFixture() {
		typeSystem = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription ne = typeSystem.addType(NAMED_ENTITY, "", "uima.tcas.Annotation");
		ne.addFeature("value", "", "uima.cas.String");
		ne.addFeature("identifier", "", "uima.cas.String");
		typeSystem.addType(TOKEN, "", "uima.tcas.Annotation");
		TypeDescription claimish = typeSystem.addType(CLAIMISH, "", "uima.tcas.Annotation");
		claimish.addFeature("Stance", "", "uima.cas.String");
		claimish.addFeature("Comment", "", "uima.cas.String");
		TypeDescription support = typeSystem.addType(SUPPORT, "", "uima.tcas.Annotation");
		support.addFeature("Governor", "", CLAIMISH);
		support.addFeature("Dependent", "", NAMED_ENTITY);
		support.addFeature("label", "", "uima.cas.String");
	}

	/** Writes TypeSystem.xml and one XMI per document into {@code folder}. */
	InceptionFixture writeFolder(Path folder) throws Exception {
		Files.createDirectories(folder);
		try (OutputStream out = Files.newOutputStream(folder.resolve("TypeSystem.xml"))) {
			typeSystem.toXML(out);
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve("doc1.xmi"))) {
			XmiCasSerializer.serialize(document1("doc1.xmi"), out);
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve("doc2.xmi"))) {
			XmiCasSerializer.serialize(document2("doc2.xmi"), out);
		}
		return this;
	}

	/** INCEpTION's project export: annotation/DOCUMENT/USER.zip, each with USER.xmi and TypeSystem.xml. */
	InceptionFixture writeProjectZip(Path zip) throws Exception {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("exportedproject.json"));
			out.write("{}".getBytes());
			for (String user : List.of("alice", "bob")) {
				out.putNextEntry(new ZipEntry("annotation/doc1.txt/" + user + ".zip"));
				java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
				try (ZipOutputStream userZip = new ZipOutputStream(inner)) {
					userZip.putNextEntry(new ZipEntry(user + ".xmi"));
					XmiCasSerializer.serialize(user.equals("alice") ? document1("doc1.txt") : tokensOnly(), userZip);
					userZip.putNextEntry(new ZipEntry("TypeSystem.xml"));
					typeSystem.toXML(userZip);
				}
				out.write(inner.toByteArray());
			}
		}
		return this;
	}

	private CAS tokensOnly() throws Exception {
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		cas.setDocumentText(TEXT_1);
		AnnotationFS entity = annotation(cas, null, NAMED_ENTITY, TEXT_1.indexOf("Alice"), TEXT_1.indexOf(" met"), "value", "PER");
		entity.setStringValue(entity.getType().getFeatureByBaseName("identifier"), "bob's");
		return cas;
	}

	private CAS document1(String name) throws Exception {
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		cas.setDocumentText(TEXT_1);
		cas.setDocumentLanguage("en");
		int alice = TEXT_1.indexOf("Alice Smith");
		AnnotationFS person = annotation(cas, name, NAMED_ENTITY, alice, alice + "Alice Smith".length(), "value", "Actor/Person");
		int acme = TEXT_1.indexOf("ACME Corp");
		annotation(cas, name, NAMED_ENTITY, acme, acme + "ACME Corp".length(), "value", "ORG");
		int prices = TEXT_1.indexOf("prices will fall");
		AnnotationFS claim = annotation(cas, name, CLAIMISH, prices, prices + "prices will fall".length(), "Stance", "asserts");
		claim.setStringValue(claim.getType().getFeatureByBaseName("Comment"), "a forecast");
		int said = TEXT_1.indexOf("She said");
		annotation(cas, name, CLAIMISH, said, TEXT_1.indexOf('.', said) + 1, "Stance", "reports"); // across no line break, up to the full stop
		for (String word : List.of("Alice", "met", "She")) {
			annotation(cas, name, TOKEN, TEXT_1.indexOf(word), TEXT_1.indexOf(word) + word.length(), null, null);
		}
		Type support = cas.getTypeSystem().getType(SUPPORT);
		AnnotationFS relation = cas.createAnnotation(support, person.getBegin(), person.getEnd());
		relation.setFeatureValue(support.getFeatureByBaseName("Governor"), claim);
		relation.setFeatureValue(support.getFeatureByBaseName("Dependent"), person);
		relation.setStringValue(support.getFeatureByBaseName("label"), "about");
		cas.addFsToIndexes(relation);
		relations++;
		return cas;
	}

	private CAS document2(String name) throws Exception {
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		cas.setDocumentText(TEXT_2);
		int bob = TEXT_2.indexOf("Bob Jones");
		annotation(cas, name, NAMED_ENTITY, bob, bob + "Bob Jones".length(), "value", "PER");
		annotation(cas, name, CLAIMISH, bob, TEXT_2.indexOf("it.") + 2, "Stance", "denies");
		return cas;
	}

	private AnnotationFS annotation(CAS cas, String document, String typeName, int begin, int end, String feature, String value) {
		Type type = cas.getTypeSystem().getType(typeName);
		AnnotationFS annotation = cas.createAnnotation(type, begin, end);
		if (feature != null) {
			annotation.setStringValue(type.getFeatureByBaseName(feature), value);
		}
		cas.addFsToIndexes(annotation);
		if (document != null) {
			expected.add(new Expected(document, typeName, annotation.getCoveredText(), value));
		}
		return annotation;
	}
}
