/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/**
 * UIMA CAS XMI: a folder with {@code TypeSystem.xml} ({@link UimaTypeSystem}) and one
 * {@code ID.xmi} per document, each a CAS whose sofa is the document's exact text, as Apache UIMA's
 * XmiCasDeserializer reads it. Offsets are UTF-16 units (UIMA's, and Collatio's). Written with
 * XMLStreamWriter; UIMA itself is not needed.
 * <p>
 * One layer: its annotations are in the {@code _InitialView}. Every layer
 * ({@link ExportScope#everyLayer()}): the {@code _InitialView} holds the text and the document's
 * metadata only, and each layer that annotated the document is a view of its own, named by the
 * layer (the coder's id, or {@code curated}), with the same text as its sofa: as INCEpTION keeps
 * the source document apart from each user's annotations and the curation.
 */
public final class UimaXmiExport {

	/** The view that holds the text (and, exporting one layer, its annotations). */
	static final String INITIAL_VIEW = "_InitialView";
	private static final String XMI = "http://www.omg.org/XMI";
	private static final String CAS = "http:///uima/cas.ecore";
	private static final String TCAS = "http:///uima/tcas.ecore";
	private static final String NS = UimaTypeSystem.XMI_NAMESPACE;

	private UimaXmiExport() {
	}

	public static ExportSummary export(CorpusStore store, ExportScope scope, Path folder, Progress progress) throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		ExportSummary summary = new ExportSummary(folder);
		try (ExportLayers layers = ExportLayers.of(store, scope)) {
			Map<String, List<ClaimRelation>> relationsBySource = new HashMap<>();
			for (ExportLayers.Relation relation : layers.relations()) {
				if (relation.source() != null) {
					relationsBySource.computeIfAbsent(key(relation.layer(), relation.source().documentId()), id -> new ArrayList<>())
							.add(relation.relation());
				}
			}
			progress.begin("UIMA CAS XMI", documents.size());
			Outputs.folder(folder, staging -> {
				try (OutputStream out = Files.newOutputStream(staging.resolve(UimaTypeSystem.FILE))) {
					UimaTypeSystem.write(out);
				} catch (XMLStreamException e) {
					throw new IOException(e.getMessage(), e);
				}
				DocumentWalk.each(store, documents, layers, progress, (document, text, written) -> {
					try (OutputStream out = Files.newOutputStream(staging.resolve(document.getId() + ".xmi"))) {
						new Cas(document, text, written, layers.isEveryLayer(), relationsBySource, summary).write(out);
					} catch (XMLStreamException e) {
						throw new IOException(document.getId() + ".xmi: " + e.getMessage(), e);
					}
					summary.count("documents", 1);
				});
			});
		}
		return summary;
	}

	private static String key(String layer, String documentId) {
		return layer + "\u0000" + documentId;
	}

	/** One document's CAS. XMI ids are numbered in the order objects are first named. */
	private static final class Cas {

		private final Document document;
		private final String text;
		private final List<ExportLayers.Layer> layers;
		private final boolean views;
		private final Map<String, List<ClaimRelation>> relations;
		private final ExportSummary summary;
		private final Map<Object, Integer> ids = new HashMap<>();
		private final Map<Entity, Integer> entities = new LinkedHashMap<>();
		/** The members of each view, by its sofa's id, in the order the sofas were written. */
		private final Map<Integer, StringBuilder> viewMembers = new LinkedHashMap<>();
		private StringBuilder members;
		private DocumentContent content;
		private int next = 1;
		private XmlOutput xml;

		Cas(Document document, String text, List<ExportLayers.Layer> layers, boolean views, Map<String, List<ClaimRelation>> relations,
				ExportSummary summary) {
			this.document = document;
			this.text = text;
			this.layers = layers;
			this.views = views;
			this.relations = relations;
			this.summary = summary;
		}

		private int id(Object object) {
			return ids.computeIfAbsent(object, o -> next++);
		}

		private int entity(Entity entity) {
			return entities.computeIfAbsent(entity, this::id);
		}

		void write(OutputStream out) throws XMLStreamException, IOException {
			xml = new XmlOutput(out);
			xml.xml().writeStartDocument("UTF-8", "1.0");
			xml.start("xmi", "XMI", XMI);
			xml.xml().writeNamespace("xmi", XMI);
			xml.xml().writeNamespace("cas", CAS);
			xml.xml().writeNamespace("tcas", TCAS);
			xml.xml().writeNamespace("collatio", NS);
			xml.attribute("xmi", XMI, "version", "2.0");
			xml.xml().writeEmptyElement("cas", "NULL", CAS);
			xmiId(0);
			int initial = sofa("sofa", INITIAL_VIEW, 1);
			documentAnnotation("document", initial);
			xml.xml().writeEmptyElement("collatio", "DocumentInfo", NS);
			member(id(document));
			xml.attribute("documentId", document.getId());
			xml.attribute("title", document.getTitle());
			xml.attribute("outlet", document.getOutlet());
			xml.attribute("author", document.getAuthor());
			xml.attribute("url", document.getUrl());
			xml.attribute("publicationDate", document.getPublicationDate());
			if (!views) {
				annotations(layers.get(0), initial);
			} else {
				for (int i = 0; i < layers.size(); i++) {
					ExportLayers.Layer layer = layers.get(i);
					int sofa = sofa("sofa:" + layer.label(), layer.label(), i + 2);
					documentAnnotation("document:" + layer.label(), sofa);
					annotations(layer, sofa);
				}
			}
			for (Map.Entry<Entity, Integer> entry : entities.entrySet()) {
				Entity entity = entry.getKey();
				xml.start("collatio", "Entity", NS);
				xmiId(entry.getValue());
				xml.attribute("entityId", entity.getId());
				xml.attribute("kind", W3cExport.literal(entity.getKind()));
				xml.attribute("canonicalName", entity.getCanonicalName());
				xml.attribute("description", entity.getDescription());
				for (String alias : entity.getAliases()) {
					xml.element("aliases", alias);
				}
				xml.end();
			}
			for (Map.Entry<Integer, StringBuilder> view : viewMembers.entrySet()) {
				xml.xml().writeEmptyElement("cas", "View", CAS);
				xml.attribute("sofa", view.getKey());
				xml.attribute("members", view.getValue().toString().strip());
			}
			xml.end();
			xml.close();
		}

		/** A sofa holding the text, whose view the following members belong to. */
		private int sofa(String key, String name, int number) throws XMLStreamException {
			int sofa = id(key);
			xml.xml().writeEmptyElement("cas", "Sofa", CAS);
			xmiId(sofa);
			xml.attribute("sofaNum", number);
			xml.attribute("sofaID", name);
			xml.attribute("mimeType", "text/plain");
			xml.attribute("sofaString", text);
			members = new StringBuilder();
			viewMembers.put(sofa, members);
			return sofa;
		}

		private void documentAnnotation(String key, int sofa) throws XMLStreamException {
			xml.xml().writeEmptyElement("tcas", "DocumentAnnotation", TCAS);
			annotation(id(key), sofa, 0, text.length());
			xml.attribute("language", document.getLanguage() == null ? "x-unspecified" : document.getLanguage());
		}

		/** A layer's spans, mentions, claims and relations, in the view of {@code sofa}. */
		private void annotations(ExportLayers.Layer layer, int sofa) throws XMLStreamException {
			content = layer.content();
			for (SpanAnnotation span : content.getSpans()) {
				xml.start("collatio", "Span", NS);
				annotation(id(span), sofa, span.getBegin(), span.getEnd());
				xml.attribute("spanId", span.getId());
				xml.attribute("note", span.getNote());
				for (Tag tag : span.getTags()) {
					xml.element("tags", tag.getCode() != null ? tag.getCode() : tag.getName());
				}
				xml.end();
				summary.count("spans", 1);
			}
			for (Mention mention : content.getMentions()) {
				SpanAnnotation span = mention.getSpan();
				xml.xml().writeEmptyElement("collatio", "Mention", NS);
				annotation(id(mention), sofa, span == null ? 0 : span.getBegin(), span == null ? 0 : span.getEnd());
				xml.attribute("mentionId", mention.getId());
				xml.attribute("span", span == null ? null : id(span));
				xml.attribute("entity", mention.getEntity() == null ? null : entity(mention.getEntity()));
				summary.count("mentions", 1);
			}
			for (Claim claim : content.getClaims()) {
				claim(claim, sofa);
			}
			for (ClaimRelation relation : relations.getOrDefault(key(layer.name(), document.getId()), List.of())) {
				relation(relation);
			}
		}

		private void claim(Claim claim, int sofa) throws XMLStreamException {
			int begin = claim.getSpans().stream().mapToInt(SpanAnnotation::getBegin).min().orElse(0);
			int end = claim.getSpans().stream().mapToInt(SpanAnnotation::getEnd).max().orElse(0);
			xml.xml().writeEmptyElement("collatio", "Claim", NS);
			annotation(id(claim), sofa, begin, end);
			xml.attribute("claimId", claim.getId());
			StringBuilder spans = new StringBuilder();
			claim.getSpans().forEach(span -> spans.append(spans.isEmpty() ? "" : " ").append(id(span)));
			xml.attribute("spans", spans.isEmpty() ? null : spans);
			xml.attribute("speaker", claim.getSpeaker() == null ? null : entity(claim.getSpeaker()));
			xml.attribute("via", claim.getVia() == null ? null : entity(claim.getVia()));
			xml.attribute("whenStated", claim.getWhenStated());
			xml.attribute("whenDate", claim.getWhenDate());
			xml.attribute("propositionId", claim.getProposition() == null ? null : claim.getProposition().getId());
			xml.attribute("proposition", claim.getProposition() == null ? null : claim.getProposition().getStatement());
			xml.attribute("stance", W3cExport.literal(claim.getStance()));
			xml.attribute("kind", W3cExport.literal(claim.getKind()));
			xml.attribute("paraphrase", claim.getParaphrase());
			summary.count("claims", 1);
		}

		private void relation(ClaimRelation relation) throws XMLStreamException {
			ClaimRef source = ClaimRef.source(relation);
			ClaimRef target = ClaimRef.target(relation);
			xml.xml().writeEmptyElement("collatio", "ClaimRelation", NS);
			member(id(relation));
			xml.attribute("relationId", relation.getId());
			xml.attribute("kind", W3cExport.literal(relation.getKind()));
			xml.attribute("status", W3cExport.literal(relation.getStatus()));
			xml.attribute("rationale", relation.getRationale());
			xml.attribute("source", claimId(source));
			xml.attribute("target", target == null || !target.documentId().equals(document.getId()) ? null : claimId(target));
			xml.attribute("sourceDocument", source.documentId());
			xml.attribute("sourceClaimId", source.claimId());
			xml.attribute("targetDocument", target == null ? null : target.documentId());
			xml.attribute("targetClaimId", target == null ? null : target.claimId());
			summary.count("relations", 1);
		}

		private Integer claimId(ClaimRef ref) {
			return content.getClaims().stream().filter(claim -> claim.getId().equals(ref.claimId())).findFirst().map(this::id).orElse(null);
		}

		private void annotation(int id, int sofa, int begin, int end) throws XMLStreamException {
			member(id);
			xml.attribute("sofa", sofa);
			xml.attribute("begin", begin);
			xml.attribute("end", end);
		}

		private void member(int id) throws XMLStreamException {
			xmiId(id);
			members.append(id).append(' ');
		}

		private void xmiId(int id) throws XMLStreamException {
			xml.attribute("xmi", XMI, "id", id);
		}
	}
}
