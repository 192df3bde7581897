/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;

/**
 * REFI-QDA project exchange (.qdpx), which MAXQDA, NVivo and ATLAS.ti open: a zip with
 * {@code project.qde} (QDA-XML 1.0) and each document's text as {@code sources/GUID.txt}. The tag
 * sets become the code book (hierarchy and colours kept), each span a PlainTextSelection coded
 * with its tags (its note the selection's description), each claim a selection coded "Claim" and
 * described (speaker, via, stance, proposition ...), each claim relation a Link between the two
 * claims' selections. Positions are code points. GUIDs are derived from Collatio's ids, so
 * exporting again gives the same GUIDs. Exporting every layer, each layer's selections, codings
 * and links are in the same sources, made by the layer's agent ({@code creatingUser}: the coder,
 * or a user "Curated" for the curated layer), their GUIDs derived from ids that carry the layer. project.qde is written to a temporary file while the
 * texts go into the archive, then added to it: one pass, one document in memory.
 */
public final class QdpxExport {

	static final String NAMESPACE = "urn:QDA-XML:project:1.0";
	static final String CLAIM_CODE = "Claim (Collatio)";
	private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

	private QdpxExport() {
	}

	public static ExportSummary export(CorpusStore store, ExportScope scope, Path qdpx, Progress progress) throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		ExportSummary summary = new ExportSummary(qdpx);
		progress.begin("REFI-QDA project", documents.size());
		Path absolute = qdpx.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path project = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".qde");
		try (ExportLayers layers = ExportLayers.of(store, scope)) {
			Outputs.file(qdpx, out -> {
				ZipOutputStream zip = new ZipOutputStream(out);
				try (OutputStream qde = Files.newOutputStream(project)) {
					writeProject(store, documents, layers, qde, zip, summary, progress);
				} catch (XMLStreamException e) {
					throw new IOException("cannot write project.qde: " + e.getMessage(), e);
				}
				zip.putNextEntry(new ZipEntry("project.qde"));
				Files.copy(project, zip);
				zip.closeEntry();
				zip.finish();
			});
		} finally {
			Files.deleteIfExists(project);
		}
		return summary;
	}

	private static void writeProject(CorpusStore store, List<Document> documents, ExportLayers layers, OutputStream qde, ZipOutputStream zip,
			ExportSummary summary, Progress progress) throws XMLStreamException, IOException, CorpusException {
		Corpus corpus = store.getCorpus();
		try (XmlOutput xml = new XmlOutput(qde)) {
			xml.xml().writeStartDocument("UTF-8", "1.0");
			xml.start("Project");
			xml.xml().writeDefaultNamespace(NAMESPACE);
			xml.attribute("name", corpus.getName() == null ? "Collatio corpus" : corpus.getName());
			xml.attribute("origin", "Collatio");
			users(xml, corpus, layers);
			xml.start("CodeBook");
			xml.start("Codes");
			for (TagSet set : corpus.getTagSets()) {
				for (Tag tag : set.getTags()) {
					code(xml, tag, summary);
				}
			}
			xml.start("Code");
			xml.attribute("guid", Iris.guid("code", "claim"));
			xml.attribute("name", CLAIM_CODE);
			xml.attribute("isCodable", true);
			xml.element("Description", "A claim recorded in Collatio: who said what, through whom, asserting or denying which proposition");
			xml.end();
			xml.end();
			xml.end();
			Map<String, Set<ClaimRef>> exported = new HashMap<>();
			if (!documents.isEmpty()) {
				xml.start("Sources");
				DocumentWalk.each(store, documents, layers, progress, (document, text, written) -> {
					String guid = Iris.guid("document", document.getId());
					zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
					zip.write(text.getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
					try {
						source(xml, document, text, written, layers, guid, summary);
					} catch (XMLStreamException e) {
						throw new IOException(e.getMessage(), e);
					}
					for (ExportLayers.Layer layer : written) {
						Set<ClaimRef> claims = exported.computeIfAbsent(layer.label(), k -> new HashSet<>());
						layer.content().getClaims().forEach(claim -> claims.add(new ClaimRef(document.getId(), claim.getId())));
					}
				});
				xml.end();
			}
			links(xml, layers, exported, summary);
			xml.end();
		}
	}

	/**
	 * Every coder of the corpus; exporting every layer, also "Curated", the maker of the curated
	 * layer's codings, when that layer is exported.
	 */
	private static void users(XmlOutput xml, Corpus corpus, ExportLayers layers) throws XMLStreamException {
		List<ExportLayers.Agent> curation = !layers.isEveryLayer() ? List.of()
				: layers.names().stream().filter(name -> layers.coder(name) == null).map(layers::agent).filter(java.util.Objects::nonNull).toList();
		if (corpus.getAnnotators().isEmpty() && curation.isEmpty()) {
			return;
		}
		xml.start("Users");
		for (Annotator annotator : corpus.getAnnotators()) {
			xml.empty("User");
			xml.attribute("guid", Iris.guid("annotator", annotator.getId()));
			xml.attribute("name", annotator.getName());
			xml.attribute("id", annotator.getId());
		}
		for (ExportLayers.Agent agent : curation) {
			xml.empty("User");
			xml.attribute("guid", agent.guid());
			xml.attribute("name", agent.name());
			xml.attribute("id", agent.id());
		}
		xml.end();
	}

	private static void code(XmlOutput xml, Tag tag, ExportSummary summary) throws XMLStreamException {
		xml.start("Code");
		xml.attribute("guid", Iris.guid("tag", tag.getId()));
		xml.attribute("name", tag.getName() != null ? tag.getName() : tag.getCode());
		xml.attribute("isCodable", true);
		if (tag.getColor() != null && RGB.matcher(tag.getColor()).matches()) {
			xml.attribute("color", tag.getColor());
		}
		xml.element("Description", tag.getDescription());
		for (Tag child : tag.getChildren()) {
			code(xml, child, summary);
		}
		xml.end();
		summary.count("codes", 1);
	}

	private static void source(XmlOutput xml, Document document, String text, List<ExportLayers.Layer> layers, ExportLayers exportLayers,
			String guid, ExportSummary summary) throws XMLStreamException {
		Offsets.Index offsets = Offsets.index(text);
		xml.start("TextSource");
		xml.attribute("guid", guid);
		xml.attribute("name", document.getTitle() != null ? document.getTitle() : document.getId());
		xml.attribute("plainTextPath", "internal://" + guid + ".txt");
		StringJoiner description = new StringJoiner("\n");
		line(description, "Collatio document", document.getId());
		line(description, "Outlet", document.getOutlet());
		line(description, "Author", document.getAuthor());
		line(description, "Date", document.getPublicationDate());
		line(description, "URL", document.getUrl());
		xml.element("Description", description.toString());
		for (ExportLayers.Layer layer : layers) {
			selections(xml, document.getId(), layer.content(), offsets, LayerWriting.of(exportLayers, layer.name()), summary);
		}
		xml.end();
		summary.count("sources", 1);
	}

	/** A layer's spans and claims as selections, made by the layer's agent when every layer is exported. */
	private static void selections(XmlOutput xml, String documentId, DocumentContent content, Offsets.Index offsets, LayerWriting w,
			ExportSummary summary) throws XMLStreamException {
		String agent = w.agent() == null ? null : w.agent().guid();
		for (SpanAnnotation span : content.getSpans()) {
			selection(xml, w.guid("span", documentId, span.getId()), null, offsets.toCodePoints(span.getBegin()), offsets.toCodePoints(span.getEnd()),
					agent != null ? agent : user(span.getAnnotator()), span.getCreated());
			xml.element("Description", span.getNote());
			for (Tag tag : span.getTags()) {
				coding(xml, w.guid("coding", documentId, span.getId(), tag.getId()), Iris.guid("tag", tag.getId()), agent);
			}
			xml.end();
			summary.count("selections", 1);
		}
		for (Claim claim : content.getClaims()) {
			int begin = claim.getSpans().stream().mapToInt(SpanAnnotation::getBegin).min().orElse(0);
			int end = claim.getSpans().stream().max(Comparator.comparingInt(SpanAnnotation::getEnd)).map(SpanAnnotation::getEnd).orElse(0);
			String speaker = claim.getSpeaker() == null ? null : claim.getSpeaker().getCanonicalName();
			selection(xml, w.guid("claim", documentId, claim.getId()), "Claim" + (speaker == null ? "" : " of " + speaker),
					offsets.toCodePoints(begin), offsets.toCodePoints(end), agent != null ? agent : user(claim.getAnnotator()), claim.getCreated());
			xml.element("Description", describe(claim));
			coding(xml, w.guid("coding", documentId, claim.getId(), "claim"), Iris.guid("code", "claim"), agent);
			xml.end();
			summary.count("claims", 1);
		}
	}

	private static String user(Annotator annotator) {
		return annotator == null ? null : Iris.guid("annotator", annotator.getId());
	}

	private static void selection(XmlOutput xml, String guid, String name, int start, int end, String user, Date created)
			throws XMLStreamException {
		xml.start("PlainTextSelection");
		xml.attribute("guid", guid);
		xml.attribute("name", name);
		xml.attribute("startPosition", start);
		xml.attribute("endPosition", end);
		xml.attribute("creatingUser", user);
		xml.attribute("creationDateTime", created == null ? null : created.toInstant().toString());
	}

	/** A coding; {@code user} (exporting every layer, the layer's agent) null: none named. */
	private static void coding(XmlOutput xml, String guid, String code, String user) throws XMLStreamException {
		xml.start("Coding");
		xml.attribute("guid", guid);
		xml.attribute("creatingUser", user);
		xml.empty("CodeRef");
		xml.attribute("targetGUID", code);
		xml.end();
	}

	private static String describe(Claim claim) {
		StringJoiner description = new StringJoiner("\n");
		line(description, "Speaker", claim.getSpeaker() == null ? null : claim.getSpeaker().getCanonicalName());
		line(description, "Via", claim.getVia() == null ? null : claim.getVia().getCanonicalName());
		line(description, "When", claim.getWhenStated());
		line(description, "Date", claim.getWhenDate());
		line(description, "Stance", W3cExport.literal(claim.getStance()));
		line(description, "Kind", W3cExport.literal(claim.getKind()));
		line(description, "Proposition", claim.getProposition() == null ? null : claim.getProposition().getStatement());
		line(description, "Paraphrase", claim.getParaphrase());
		return description.toString();
	}

	private static void line(StringJoiner lines, String label, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(label + ": " + value);
		}
	}

	private static void links(XmlOutput xml, ExportLayers layers, Map<String, Set<ClaimRef>> exported, ExportSummary summary)
			throws XMLStreamException {
		int skipped = 0;
		boolean started = false;
		for (ExportLayers.Relation layered : layers.relations()) {
			ClaimRelation relation = layered.relation();
			ClaimRef source = layered.source();
			ClaimRef target = layered.target();
			Set<ClaimRef> claims = exported.getOrDefault(ExportLayers.label(layered.layer()), Set.of());
			LayerWriting w = LayerWriting.of(layers, layered.layer());
			if (!claims.contains(source) || !claims.contains(target)) {
				skipped++;
				continue;
			}
			if (!started) {
				xml.start("Links");
				started = true;
			}
			xml.start("Link");
			xml.attribute("guid", w.guid("relation", relation.getId()));
			xml.attribute("name", W3cExport.literal(relation.getKind()) + " (" + W3cExport.literal(relation.getStatus()) + ")"
					+ (relation.getRationale() == null ? "" : ": " + relation.getRationale()));
			xml.attribute("direction", "OneWay");
			xml.attribute("originGUID", w.guid("claim", source.documentId(), source.claimId()));
			xml.attribute("targetGUID", w.guid("claim", target.documentId(), target.claimId()));
			xml.end();
			summary.count("links", 1);
		}
		if (started) {
			xml.end();
		}
		if (skipped > 0) {
			summary.warn(skipped + " relations join claims outside the exported documents and were left out");
		}
	}
}
