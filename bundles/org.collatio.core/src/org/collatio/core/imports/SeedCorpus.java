/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The sample corpus Collatio opens by default: the five seed articles, imported with the outlet,
 * date and title a researcher would enter for them ({@code seed-metadata.json} beside this class).
 * The files carry no metadata, so these are a reading of the texts: 002 ends "Source : Moscow
 * Times"; 004 points to MassisPost; 000 is in The Moscow Times' style ("AFP contributed
 * reporting"); 003 has RFE/RL's caption style ("RUSSIA -- ...") and its spelling "Pashinian". Dates
 * follow from the events told (002: the tenth day of fighting that began on 27 September 2020; 004:
 * the day Russian peacekeepers were killed in Karabakh, September 2023). 000 and 004 have no
 * headline of their own: their titles summarise the lead. The outlet of 001 is not identifiable.
 */
public final class SeedCorpus {

	public static final String NAME = "Seed corpus";
	static final String METADATA = "seed-metadata.json";

	private SeedCorpus() {
	}

	/**
	 * Makes sure {@code corpusDirectory} holds the seed corpus, importing the articles of
	 * {@code seedsDirectory} if it does not exist yet. An existing corpus is left as it is (the
	 * researcher's annotations are in it).
	 */
	public static void ensure(Path corpusDirectory, Path seedsDirectory) throws CorpusException {
		if (Files.isRegularFile(new CorpusLayout(corpusDirectory).corpusFile())) {
			return;
		}
		if (!Files.isDirectory(seedsDirectory)) {
			throw new CorpusException(seedsDirectory, "the seed articles are missing (no such folder)");
		}
		try (CorpusStore store = CorpusStore.openOrCreate(corpusDirectory, NAME)) {
			new ArticleImporter(store, ImportOptions.defaults().withCatalogue(metadata())).importPaths(List.of(seedsDirectory),
					new NullProgressMonitor());
		}
	}

	/** The metadata of the seed articles, by file name. */
	public static Map<String, ArticleMetadata> metadata() throws CorpusException {
		Path name = Path.of(METADATA);
		try (InputStream in = SeedCorpus.class.getResourceAsStream(METADATA)) {
			if (in == null) {
				throw new CorpusException(name, "missing from the org.collatio.core bundle");
			}
			return MetadataFiles.readCatalogue(in, name);
		} catch (IOException e) {
			throw new CorpusException(name, "cannot be read: " + e.getMessage(), e);
		} catch (ImportException e) {
			throw new CorpusException(e.getFile(), e.getProblem(), e);
		}
	}
}
