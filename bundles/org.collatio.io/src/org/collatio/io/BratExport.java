/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.RelationStatus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;

/**
 * brat standoff: per document {@code ID.txt} (the exact text) and {@code ID.ann}; an
 * {@code annotation.conf} from the tag sets. A span becomes one text-bound annotation per tag
 * (offsets in code points, as brat counts them; a span across line breaks becomes fragments), its
 * note an AnnotatorNotes line; a relation between claims of the same document a relation line.
 * brat has no cross-document relations: those are counted in the result, not written.
 */
public final class BratExport {

	private BratExport() {
	}

	/** Writes the documents in scope into {@code folder}, with the relations between claims of one document. */
	public static ExportSummary export(CorpusStore store, ExportScope scope, Path folder, Progress progress) throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		Map<String, List<ClaimRelation>> relationsByDocument = new HashMap<>();
		java.util.Set<String> inScope = new java.util.HashSet<>();
		documents.forEach(d -> inScope.add(d.getId()));
		int skipped = 0;
		int dismissed = 0;
		for (ClaimRelation relation : org.collatio.core.derived.LayerRelations.of(store)) {
			ClaimRef source = ClaimRef.source(relation);
			ClaimRef target = ClaimRef.target(relation);
			if (source == null || target == null || !inScope.contains(source.documentId()) && !inScope.contains(target.documentId())) {
				continue; // not about the documents exported
			}
			if (relation.getStatus() == RelationStatus.REJECTED) {
				dismissed++; // a candidate the researcher turned down: brat has no status to say so
			} else if (source.documentId().equals(target.documentId())) {
				relationsByDocument.computeIfAbsent(source.documentId(), d -> new ArrayList<>()).add(relation);
			} else {
				skipped++;
			}
		}
		ExportSummary summary = new ExportSummary(folder);
		progress.begin("brat standoff", documents.size());
		Outputs.folder(folder, staging -> {
			writeConf(store, staging.resolve("annotation.conf"));
			DocumentWalk.each(store, documents, progress, (document, content) -> {
				Files.writeString(staging.resolve(document.getId() + ".txt"), content.getText(), StandardCharsets.UTF_8);
				try (Writer ann = Files.newBufferedWriter(staging.resolve(document.getId() + ".ann"), StandardCharsets.UTF_8)) {
					writeAnn(ann, document, content, relationsByDocument.getOrDefault(document.getId(), List.of()), summary);
				}
				summary.count("documents", 1);
			});
		});
		if (skipped > 0) {
			summary.warn(skipped + (skipped == 1 ? " relation joins" : " relations join")
					+ " claims of different documents; brat cannot hold them, so they are not written");
		}
		if (dismissed > 0) {
			summary.warn(dismissed + (dismissed == 1 ? " dismissed candidate is" : " dismissed candidates are")
					+ " not written: brat has no way to say that a relation was turned down");
		}
		return summary;
	}

	private static void writeAnn(Writer ann, Document document, DocumentContent content, List<ClaimRelation> relations, ExportSummary summary)
			throws IOException {
		String text = content.getText();
		Offsets.Index offsets = Offsets.index(text);
		Map<SpanAnnotation, String> firstIdOfSpan = new HashMap<>();
		int t = 0;
		int notes = 0;
		for (SpanAnnotation span : content.getSpans()) {
			for (Tag tag : span.getTags()) {
				String id = "T" + ++t;
				firstIdOfSpan.putIfAbsent(span, id);
				ann.write(id + "\t" + typeName(tag) + " " + fragments(text, offsets, span.getBegin(), span.getEnd()) + "\t"
						+ oneLine(text.substring(span.getBegin(), span.getEnd())) + "\n");
				summary.count("text-bound annotations", 1);
			}
			if (span.getNote() != null && firstIdOfSpan.containsKey(span)) {
				ann.write("#" + ++notes + "\tAnnotatorNotes " + firstIdOfSpan.get(span) + "\t" + oneLine(span.getNote()) + "\n");
			}
		}
		Map<String, String> firstEntityOfClaim = new HashMap<>();
		for (Claim claim : content.getClaims()) {
			claim.getSpans().stream().map(firstIdOfSpan::get).filter(id -> id != null).findFirst()
					.ifPresent(id -> firstEntityOfClaim.put(claim.getId(), id));
		}
		int r = 0;
		for (ClaimRelation relation : relations) {
			String from = firstEntityOfClaim.get(ClaimRef.source(relation).claimId());
			String to = firstEntityOfClaim.get(ClaimRef.target(relation).claimId());
			if (from != null && to != null) {
				ann.write("R" + ++r + "\t" + relationName(relation) + " Arg1:" + from + " Arg2:" + to + "\n");
				summary.count("relations", 1);
			}
		}
	}

	/** "begin end" in code points; a span over line breaks as "b1 e1;b2 e2" without the breaks. */
	static String fragments(String text, Offsets.Index offsets, int begin, int end) {
		List<String> parts = new ArrayList<>();
		int start = begin;
		for (int i = begin; i <= end; i++) {
			boolean lineBreak = i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
			if (i == end || lineBreak) {
				if (i > start) {
					parts.add(offsets.toCodePoints(start) + " " + offsets.toCodePoints(i));
				}
				start = i + 1;
			}
		}
		return String.join(";", parts);
	}

	private static String oneLine(String text) {
		return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}

	/** brat type names: letters, digits, - and _. */
	static String typeName(Tag tag) {
		String code = tag.getCode() != null ? tag.getCode() : tag.getName();
		return code.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static String relationName(ClaimRelation relation) {
		String kind = relation.getKind().getLiteral().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

	private static void writeConf(CorpusStore store, Path file) throws IOException {
		StringBuilder conf = new StringBuilder("# Generated by Collatio from the corpus's tag sets\n[entities]\n");
		for (TagSet set : store.getCorpus().getTagSets()) {
			set.getTags().forEach(tag -> entity(tag, 0, conf));
		}
		conf.append("\n[relations]\n");
		for (String relation : List.of("Contradicts", "Agrees", "Qualifies", "Updates")) {
			conf.append(relation).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
		}
		conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
		conf.append("\n[events]\n\n[attributes]\n");
		Files.writeString(file, conf.toString(), StandardCharsets.UTF_8);
	}

	private static void entity(Tag tag, int depth, StringBuilder conf) {
		conf.append("\t".repeat(depth)).append(typeName(tag)).append('\n');
		tag.getChildren().forEach(child -> entity(child, depth + 1, conf));
	}
}
