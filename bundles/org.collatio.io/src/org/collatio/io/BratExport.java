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

	/** What was written. */
	public record Result(int documents, int textBound, int relations, int crossDocumentRelationsSkipped) {
	}

	private BratExport() {
	}

	public static Result export(CorpusStore store, Path folder) throws IOException, CorpusException {
		Files.createDirectories(folder);
		writeConf(store, folder.resolve("annotation.conf"));
		Map<Claim, String> firstEntityOfClaim = new HashMap<>();
		Map<Document, List<ClaimRelation>> relationsByDocument = new HashMap<>();
		int skipped = 0;
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			Document source = documentOf(relation.getSource());
			if (source != null && source == documentOf(relation.getTarget())) {
				relationsByDocument.computeIfAbsent(source, d -> new ArrayList<>()).add(relation);
			} else {
				skipped++;
			}
		}
		int textBound = 0;
		int relations = 0;
		for (Document document : store.getCorpus().getDocuments()) {
			boolean loaded = store.isContentLoaded(document);
			DocumentContent content = store.getContent(document);
			String text = content.getText();
			Files.writeString(folder.resolve(document.getId() + ".txt"), text, StandardCharsets.UTF_8);
			try (Writer ann = Files.newBufferedWriter(folder.resolve(document.getId() + ".ann"), StandardCharsets.UTF_8)) {
				Map<SpanAnnotation, String> firstIdOfSpan = new HashMap<>();
				int t = 0;
				int notes = 0;
				for (SpanAnnotation span : content.getSpans()) {
					for (Tag tag : span.getTags()) {
						String id = "T" + ++t;
						firstIdOfSpan.putIfAbsent(span, id);
						ann.write(id + "\t" + typeName(tag) + " " + fragments(text, span.getBegin(), span.getEnd()) + "\t"
								+ oneLine(text.substring(span.getBegin(), span.getEnd())) + "\n");
						textBound++;
					}
					if (span.getNote() != null && firstIdOfSpan.containsKey(span)) {
						ann.write("#" + ++notes + "\tAnnotatorNotes " + firstIdOfSpan.get(span) + "\t" + oneLine(span.getNote()) + "\n");
					}
				}
				for (Claim claim : content.getClaims()) {
					claim.getSpans().stream().map(firstIdOfSpan::get).filter(id -> id != null).findFirst()
							.ifPresent(id -> firstEntityOfClaim.put(claim, id));
				}
				int r = 0;
				for (ClaimRelation relation : relationsByDocument.getOrDefault(document, List.of())) {
					String from = firstEntityOfClaim.get(relation.getSource());
					String to = firstEntityOfClaim.get(relation.getTarget());
					if (from != null && to != null) {
						ann.write("R" + ++r + "\t" + relationName(relation) + " Arg1:" + from + " Arg2:" + to + "\n");
						relations++;
					}
				}
			}
			if (!loaded) {
				store.unloadContent(document);
			}
		}
		return new Result(store.getCorpus().getDocuments().size(), textBound, relations, skipped);
	}

	/** "begin end" in code points; a span over line breaks as "b1 e1;b2 e2" without the breaks. */
	static String fragments(String text, int begin, int end) {
		List<String> parts = new ArrayList<>();
		int start = begin;
		for (int i = begin; i <= end; i++) {
			boolean lineBreak = i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
			if (i == end || lineBreak) {
				if (i > start) {
					parts.add(Offsets.toCodePoints(text, start) + " " + Offsets.toCodePoints(text, i));
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

	private static Document documentOf(Claim claim) {
		return claim != null && claim.eContainer() instanceof DocumentContent content ? content.getDocument() : null;
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
