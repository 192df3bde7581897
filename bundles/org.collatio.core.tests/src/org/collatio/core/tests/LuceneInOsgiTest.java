/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collatio.search.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lucene works inside OSGi as the product ships it: analysis factories found by name through the
 * service loader (the analysis module is a fragment of lucene-core), the default codec, an index on
 * disk, and the classic query parser.
 */
class LuceneInOsgiTest {

	@TempDir
	Path dir;

	@Test
	void seedArticlesAreFoundByNameVariantsAndPhrases() throws Exception {
		Analyzer analyzer = Analyzers.text();
		try (Directory index = FSDirectory.open(dir)) {
			try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(analyzer))) {
				try (var files = Files.list(Fixtures.seeds())) {
					for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
						Document doc = new Document();
						doc.add(new StringField("id", file.getFileName().toString(), Field.Store.YES));
						doc.add(new TextField("text", Files.readString(file, StandardCharsets.UTF_8), Field.Store.NO));
						writer.addDocument(doc);
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(index)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryParser parser = new QueryParser("text", analyzer);
				assertEquals(List.of("003_a198eed70dad4c69.txt"), ids(searcher, parser.parse("Pashinian")));
				assertEquals(List.of("003_a198eed70dad4c69.txt"), ids(searcher, parser.parse("PASHINIÁN")), "case and accents folded");
				assertEquals(List.of("004_c18513d2de862493.txt"), ids(searcher, parser.parse("\"doing everything to protect\"")));
				assertEquals(3, ids(searcher, parser.parse("Pashinyan AND peacekeepers")).size());
			}
		}
	}

	private static List<String> ids(IndexSearcher searcher, org.apache.lucene.search.Query query) throws Exception {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		ids.sort(null);
		return ids;
	}
}
