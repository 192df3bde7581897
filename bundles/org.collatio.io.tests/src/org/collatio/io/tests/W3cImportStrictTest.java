/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.W3cExport;
import org.collatio.io.W3cImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A W3C export that is not what Collatio wrote is refused with the file and the place named, never
 * read in part, never with a stack trace, and never reading outside the export folder.
 */
class W3cImportStrictTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;
	private Path file;
	private String exported;

	@BeforeEach
	void export() throws Exception {
		try (CorpusStore store = TestCorpus.create(dir.resolve("corpus"))) {
			W3cExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("w3c"), Progress.NONE);
		}
		file = dir.resolve("w3c/annotations.jsonld");
		exported = Files.readString(file);
	}

	private void restore() throws Exception {
		Files.writeString(file, exported);
	}

	private void edit(Consumer<ObjectNode> change) throws Exception {
		ObjectNode collection = (ObjectNode) JSON.readTree(file.toFile());
		change.accept(collection);
		JSON.writeValue(file.toFile(), collection);
	}

	private static ObjectNode corpus(ObjectNode collection) {
		return (ObjectNode) collection.get("collatio:corpus");
	}

	/** Imports, expects a refusal naming {@code named} and containing {@code problem}, and checks nothing is left. */
	private FormatException refused(Path named, String problem) throws Exception {
		FormatException e = assertThrows(FormatException.class, () -> W3cImport.importInto(dir.resolve("w3c"), dir.resolve("imported"), Progress.NONE));
		assertTrue(e.getMessage().startsWith(named.toString()) && e.getMessage().contains(problem), e.getMessage());
		assertFalse(Files.exists(dir.resolve("imported")), "a failed import leaves nothing behind");
		try (var left = Files.list(dir)) {
			assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") || n.startsWith("imported")).toList(),
					"no staging folder is left");
		}
		return e;
	}

	@Test
	void aNullItemInThePageIsRefusedNamingItsIndexInsteadOfEndingTheImportSilently() throws Exception {
		edit(c -> ((ArrayNode) c.get("first").get("items")).insertNull(3));
		refused(file, "item 3 of the page's \"items\" is not an annotation object (it is null)");
	}

	@Test
	void aStringItemAndItemsThatAreNotAnArrayAreRefused() throws Exception {
		edit(c -> ((ArrayNode) c.get("first").get("items")).insert(5, "urn:collatio:span:a:s0a"));
		refused(file, "item 5 of the page's \"items\" is not an annotation object (it is a string)");
		restore();
		edit(c -> ((ObjectNode) c.get("first")).put("items", "none"));
		refused(file, "\"items\" is not an array");
		restore();
		edit(c -> c.put("first", 7));
		refused(file, "\"first\" is not an object");
	}

	@Test
	void aNonObjectInTheCorpusSectionIsRefusedNamingTheArrayAndTheIndex() throws Exception {
		edit(c -> ((ArrayNode) corpus(c).get("entities")).insertNull(1));
		refused(file, "item 1 of \"entities\" is not an object (it is null)");
		restore();
		edit(c -> corpus(c).put("documents", "a, b, c"));
		refused(file, "\"documents\" is not an array");
	}

	@Test
	void anEntityPropositionTagOrAnnotatorWithoutIdIsRefusedByName() throws Exception {
		for (String kind : List.of("entities", "propositions", "annotators", "tags")) {
			restore();
			edit(c -> {
				ObjectNode item = kind.equals("tags") ? (ObjectNode) corpus(c).get("tagSets").get(0).get("tags").get(0)
						: (ObjectNode) corpus(c).get(kind).get(0);
				item.remove("id");
			});
			String singular = switch (kind) {
			case "entities" -> "an entity";
			case "propositions" -> "a proposition";
			case "annotators" -> "an annotator";
			default -> "a tag";
			};
			refused(file, singular + " has no \"id\"");
		}
	}

	@Test
	void aTextLinkedOutOfTheExportFolderIsNotRead() throws Exception {
		Path outside = Files.writeString(dir.resolve("outside.txt"), Files.readString(dir.resolve("w3c/sources/a.txt")));
		Files.delete(dir.resolve("w3c/sources/a.txt"));
		Files.createSymbolicLink(dir.resolve("w3c/sources/a.txt"), outside);
		refused(dir.resolve("w3c/sources/a.txt"), "outside the export folder");
	}

	@Test
	void aTextThatIsAFolderOrLargerThanAnArticleIsRefused() throws Exception {
		Files.writeString(dir.resolve("outside.txt"), "");
		Files.delete(dir.resolve("w3c/sources/c.txt"));
		Files.createDirectory(dir.resolve("w3c/sources/c.txt"));
		refused(dir.resolve("w3c/sources/c.txt"), "not a regular file");
		Files.delete(dir.resolve("w3c/sources/c.txt"));
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'x');
		Files.write(dir.resolve("w3c/sources/c.txt"), big);
		refused(dir.resolve("w3c/sources/c.txt"), "larger than 20 MiB");
	}

	@Test
	void deepNestingAndAHugeNumberAreFormatErrorsWithTheirLine() throws Exception {
		String original = exported;
		String deep = "[".repeat(1000) + "]".repeat(1000);
		Files.writeString(file, original.replaceFirst("\"collatio:corpus\":\\{", "\"collatio:corpus\":{\"deep\":" + deep + ","));
		FormatException nested = refused(file, "not valid JSON");
		assertTrue(nested.getMessage().contains("line 1, column"), nested.getMessage());
		Files.writeString(file, original.replaceFirst("\"collatio:corpus\":\\{", "\"collatio:corpus\":{\"huge\":" + "9".repeat(2_000_000) + ","));
		FormatException number = refused(file, "not valid JSON");
		assertTrue(number.getMessage().contains("line 1, column") && number.getMessage().length() < 1000, number.getMessage());
	}

	@Test
	void impossibleDatesAreRefused() throws Exception {
		edit(c -> ((ObjectNode) corpus(c).get("documents").get(0)).put("publicationDate", "2020-13-45"));
		refused(file, "document a: publicationDate \"2020-13-45\" is not a real date");
		restore();
		edit(c -> {
			for (var item : c.get("first").get("items")) {
				if (item.path("id").asText().equals("urn:collatio:claim:a:c1")) {
					((ObjectNode) item).put("collatio:whenDate", "2021-02-30");
				}
			}
		});
		refused(file, "collatio:whenDate \"2021-02-30\" is not a real date");
	}
}
