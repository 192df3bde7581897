/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Claims and relations as tables, streamed row by row: {@code claims.csv} and
 * {@code relations.csv} (RFC 4180, UTF-8, header row), or {@code claims.jsonl} and
 * {@code relations.jsonl} (one JSON object per line). Exporting every layer, the rows of every
 * layer, each starting with its layer's coder ({@link ClaimRows#CODER}).
 */
public final class TableExport {

	/** The two table formats. */
	public enum Format {
		CSV("csv"), JSONL("jsonl");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	private TableExport() {
	}

	/**
	 * Writes the two tables into {@code folder}: the claims of the documents in scope, and the
	 * relations whose two claims are both in scope.
	 */
	public static ExportSummary export(CorpusStore store, Format format, ExportScope scope, Path folder, Progress progress)
			throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		Set<String> ids = scope.isWholeCorpus() ? null : documents.stream().map(Document::getId).collect(Collectors.toSet());
		ExportSummary summary = new ExportSummary(folder);
		progress.begin("Tables (" + format.extension + ")", documents.size());
		try (ExportLayers layers = ExportLayers.of(store, scope)) {
			Outputs.folder(folder, staging -> {
				summary.count("claims", write(staging.resolve("claims." + format.extension), format, columns(ClaimRows.CLAIM_COLUMNS, layers),
						sink -> ClaimRows.claims(store, documents, layers, progress, sink)));
				summary.count("relations", write(staging.resolve("relations." + format.extension), format,
						columns(ClaimRows.RELATION_COLUMNS, layers), sink -> ClaimRows.relations(layers, ids, sink)));
			});
		}
		return summary;
	}

	/** The columns of a table: exporting every layer, the layer's coder first ({@link ClaimRows#CODER}). */
	private static List<String> columns(List<String> columns, ExportLayers layers) {
		if (!layers.isEveryLayer()) {
			return columns;
		}
		List<String> layered = new java.util.ArrayList<>(columns.size() + 1);
		layered.add(ClaimRows.CODER);
		layered.addAll(columns);
		return layered;
	}

	private interface Rows {
		void each(java.util.function.Consumer<Map<String, Object>> sink) throws IOException, CorpusException;
	}

	private static int write(Path file, Format format, List<String> columns, Rows rows) throws IOException, CorpusException {
		int[] count = { 0 };
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (format == Format.CSV) {
				try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
					rows.each(row -> {
						try {
							csv.printRecord(columns.stream().map(row::get).toList());
							count[0]++;
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
				}
			} else {
				JsonFactory json = new JsonFactory();
				rows.each(row -> {
					try {
						JsonGenerator line = json.createGenerator(writer);
						line.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
						line.writeStartObject();
						for (String column : columns) {
							Object value = row.get(column);
							if (value instanceof Integer number) {
								line.writeNumberField(column, number);
							} else {
								line.writeStringField(column, value == null ? null : value.toString());
							}
						}
						line.writeEndObject();
						line.flush();
						writer.write('\n');
						count[0]++;
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return count[0];
	}
}
