/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a process killed in the middle of writing leaves in a corpus folder, cleaned up when the
 * corpus is next opened for writing (under the exclusive lock, so no other process is writing):
 * <ul>
 * <li>temporary files of an atomic write that never reached its rename ({@code .NAME*.tmp});</li>
 * <li>text files of articles whose import was killed before the corpus file naming them was saved
 * ({@code documents/ID.txt} with no document ID in corpus.xmi and no annotations): a copy of an
 * input that was never part of the corpus. Left in place, a re-run of the import would store the
 * same article again under another id. They are moved aside into {@value #ORPHANS} (not deleted:
 * a corpus.xmi restored from an older copy would otherwise cost the texts added since).</li>
 * </ul>
 * Nothing that corpus.xmi refers to, and no annotation file, is ever moved or removed.
 */
final class Leftovers {

	/** Where text files no document refers to are moved, inside the documents folder. */
	static final String ORPHANS = ".orphaned";

	private Leftovers() {
	}

	/** Removes the leftovers; returns one line for each kind of thing removed. */
	static List<String> clean(CorpusLayout layout, Set<String> documentIds) {
		List<String> done = new ArrayList<>();
		int temporary = removeTemporary(layout.directory()) + removeTemporary(layout.documentsFolder()) + removeTemporary(layout.derivedFolder());
		if (temporary > 0) {
			done.add("removed " + temporary + " temporary file" + (temporary == 1 ? "" : "s") + " of a save that was interrupted");
		}
		int orphans = removeOrphanTexts(layout, documentIds);
		if (orphans > 0) {
			done.add("moved " + orphans + " text file" + (orphans == 1 ? "" : "s") + " of articles whose import was interrupted before it was saved to "
					+ CorpusLayout.DOCUMENTS_FOLDER + "/" + ORPHANS);
		}
		return done;
	}

	private static int removeTemporary(Path folder) {
		int removed = 0;
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
			for (Path file : files) {
				if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		} catch (IOException e) {
			// a folder that cannot be listed is reported when a document in it is read
		}
		return removed;
	}

	private static Path uniqueIn(Path folder, String name) {
		Path target = folder.resolve(name);
		for (int i = 2; Files.exists(target); i++) {
			target = folder.resolve(name.substring(0, name.length() - ".txt".length()) + "-" + i + ".txt");
		}
		return target;
	}

	private static int removeOrphanTexts(CorpusLayout layout, Set<String> documentIds) {
		int removed = 0;
		if (!Files.isDirectory(layout.documentsFolder())) {
			return 0;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.documentsFolder(), "*.txt")) {
			Set<String> annotated = new java.util.HashSet<>();
			layout.annotationFiles().values().forEach(annotated::addAll); // annotated in some layer: kept
			for (Path file : files) {
				String name = file.getFileName().toString();
				String id = name.substring(0, name.length() - ".txt".length());
				if (!documentIds.contains(id) && !annotated.contains(id) && Files.isRegularFile(file)) {
					Path aside = layout.documentsFolder().resolve(ORPHANS);
					Files.createDirectories(aside);
					Files.move(file, uniqueIn(aside, name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
					removed++;
				}
			}
		} catch (IOException e) {
			// as above
		}
		return removed;
	}
}
