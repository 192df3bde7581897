/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportScope;
import org.collatio.io.Progress;
import org.collatio.io.UimaXmiExport;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UIMA XMI export read by Apache UIMA itself: a CAS built from the exported TypeSystem.xml,
 * each document deserialized with XmiCasDeserializer; the sofa is the exact text (CRLF and the
 * non-BMP character kept) and every span's covered text and features are the stored span's.
 */
class UimaXmiTest {

	@TempDir
	Path dir;
	private CorpusStore store;
	private TypeSystemDescription typeSystem;

	@BeforeEach
	void export() throws Exception {
		store = TestCorpus.create(dir.resolve("corpus"));
		UimaXmiExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("uima"), Progress.NONE);
		typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(dir.resolve("uima/TypeSystem.xml").toFile()));
	}

	private CAS read(String documentId) throws Exception {
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(dir.resolve("uima/" + documentId + ".xmi"))) {
			XmiCasDeserializer.deserialize(in, cas);
		}
		return cas;
	}

	@Test
	void everySpansCoveredTextAndFeaturesAreTheStoredSpans() throws Exception {
		for (Document document : store.getCorpus().getDocuments()) {
			CAS cas = read(document.getId());
			DocumentContent content = store.getContent(document);
			assertEquals(content.getText(), cas.getDocumentText(), "the sofa is the exact text of " + document.getId());
			Type spanType = cas.getTypeSystem().getType("org.collatio.Span");
			Map<String, AnnotationFS> byId = new HashMap<>();
			for (AnnotationFS span : cas.getAnnotationIndex(spanType)) {
				byId.put(span.getStringValue(spanType.getFeatureByBaseName("spanId")), span);
			}
			assertEquals(content.getSpans().size(), byId.size());
			for (SpanAnnotation expected : content.getSpans()) {
				AnnotationFS span = byId.get(expected.getId());
				assertEquals(content.getText().substring(expected.getBegin(), expected.getEnd()), span.getCoveredText(), expected.getId());
				assertEquals(expected.getBegin(), span.getBegin(), "UTF-16 offsets, as UIMA counts them");
				assertEquals(expected.getNote(), span.getStringValue(spanType.getFeatureByBaseName("note")), "note of " + expected.getId());
				StringArrayFS tags = (StringArrayFS) span.getFeatureValue(spanType.getFeatureByBaseName("tags"));
				assertEquals(expected.getTags().stream().map(Tag::getCode).toList(), List.of(tags.toArray()), "tags of " + expected.getId());
			}
		}
	}

	@Test
	void claimsReferToTheirSpansAndEntitiesWithAliases() throws Exception {
		CAS cas = read("a");
		Type claimType = cas.getTypeSystem().getType("org.collatio.Claim");
		AnnotationFS c1 = null;
		for (AnnotationFS claim : cas.getAnnotationIndex(claimType)) {
			if ("c1".equals(claim.getStringValue(claimType.getFeatureByBaseName("claimId")))) {
				c1 = claim;
			}
		}
		assertEquals(TestCorpus.TEXT_A.substring(TestCorpus.TEXT_A.indexOf("Putin said"),
				TestCorpus.TEXT_A.indexOf("Interfax reported") + "Interfax reported".length()), c1.getCoveredText());
		FeatureStructure speaker = c1.getFeatureValue(claimType.getFeatureByBaseName("speaker"));
		Type entity = speaker.getType();
		assertEquals("Vladimir Putin", speaker.getStringValue(entity.getFeatureByBaseName("canonicalName")));
		assertEquals(List.of("Putin", "V. Putin"), List.of(((StringArrayFS) speaker.getFeatureValue(entity.getFeatureByBaseName("aliases"))).toArray()));
		assertEquals("Interfax", c1.getFeatureValue(claimType.getFeatureByBaseName("via")).getStringValue(entity.getFeatureByBaseName("canonicalName")));
		for (String[] expected : new String[][] { { "stance", "asserts" }, { "kind", "reported_speech" }, { "whenStated", "on Wednesday" },
				{ "whenDate", "2020-11-11" }, { "proposition", "The peacekeepers protect civilians" } }) {
			assertEquals(expected[1], c1.getStringValue(claimType.getFeatureByBaseName(expected[0])), expected[0]);
		}
	}

	@Test
	void relationsKeepKindStatusAndTheirEndsAcrossDocuments() throws Exception {
		CAS cas = read("b");
		Type relationType = cas.getTypeSystem().getType("org.collatio.ClaimRelation");
		List<String> relations = new ArrayList<>();
		cas.getIndexRepository().getAllIndexedFS(relationType).forEachRemaining(relation -> {
			Feature source = relationType.getFeatureByBaseName("source");
			relations.add(relation.getStringValue(relationType.getFeatureByBaseName("relationId")) + " "
					+ relation.getStringValue(relationType.getFeatureByBaseName("kind")) + " "
					+ relation.getStringValue(relationType.getFeatureByBaseName("status")) + " "
					+ relation.getFeatureValue(source).getStringValue(source.getRange().getFeatureByBaseName("claimId")) + " -> "
					+ relation.getStringValue(relationType.getFeatureByBaseName("targetDocument")) + ":"
					+ relation.getStringValue(relationType.getFeatureByBaseName("targetClaimId")));
			assertNull(relation.getFeatureValue(relationType.getFeatureByBaseName("target")), "the target is in another CAS");
		});
		assertEquals(List.of("r2 agrees rejected c2 -> a:c1"), relations);
	}
}
