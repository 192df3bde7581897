/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collatio.core.store.IoProblems;

/**
 * Lists the article files of a folder, recursively, following symbolic links. One entry that
 * cannot be read (a link loop, a sub-folder without permission, a dangling link) is reported and
 * skipped; the rest of the folder is still imported. Files that are not articles by their name (hidden
 * files, metadata sidecars, a README or a licence) are reported as skipped, with the reason.
 */
final class FolderWalk {

	private static final Set<String> NOT_ARTICLES = Set.of("readme", "readme.md", "readme.txt", "license", "license.md", "license.txt",
			"licence", "licence.md", "licence.txt", "copying");

	private FolderWalk() {
	}

	static void collect(Path folder, ImportReport report, List<Path> into) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
						report.skipped(dir, "a hidden folder");
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (!attrs.isRegularFile()) {
						report.skipped(file, "not a regular file");
						return FileVisitResult.CONTINUE;
					}
					String reason = notAnArticle(file);
					if (reason != null) {
						if (!MetadataFiles.isSidecar(file)) {
							report.skipped(file, reason);
						}
					} else {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					if (e instanceof FileSystemLoopException) {
						report.rejected(file, "skipped: a symbolic link loop (the folder contains itself)");
					} else {
						report.rejected(file, "cannot be read: " + IoProblems.reason(e));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) {
					if (e != null) {
						report.rejected(dir, "cannot list the folder: " + IoProblems.reason(e));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException | RuntimeException e) {
			report.rejected(folder, "cannot list the folder: " + IoProblems.reason(e));
		}
		found.sort(null);
		into.addAll(found);
	}

	/** Why a file is not taken as an article by its name, or null when it is one. */
	private static String notAnArticle(Path file) {
		String name = file.getFileName().toString();
		if (name.startsWith(".")) {
			return "a hidden file";
		}
		if (MetadataFiles.isSidecar(file)) {
			return "metadata of an article";
		}
		if (NOT_ARTICLES.contains(name.toLowerCase(Locale.ROOT))) {
			return "a README or licence, not an article";
		}
		return null;
	}
}
