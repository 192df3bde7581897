/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Corpus folders made from the same two articles (a character outside the BMP, CRLF line ends),
 * and a colleague coding in theirs through the commands of the workbench, headless.
 */
final class CodingCorpora {

	static final String PROTECT = "protect";
	static final String FAILED = "failed";
	/** "𝔄" (U+1D504) is two UTF-16 units; CRLF line ends. */
	static final String TEXT_PROTECT = "\uD835\uDD04 Putin said the peacekeepers protect civilians.\r\nInterfax reported it on Wednesday.\r\n";
	static final String TEXT_FAILED = "Grigoryan said \uD83D\uDE00 the peacekeepers failed to protect the population.\r\nHe spoke in Yerevan.\r\n";

	private CodingCorpora() {
	}

	/** The articles, as files named after the documents they become. */
	static Path articles(Path folder, Map<String, String> texts) throws Exception {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> text : texts.entrySet()) {
			Files.writeString(folder.resolve(text.getKey() + ".txt"), text.getValue(), StandardCharsets.UTF_8);
		}
		return folder;
	}

	static Map<String, String> sameArticles() {
		return Map.of(PROTECT, TEXT_PROTECT, FAILED, TEXT_FAILED);
	}

	/** A corpus named "exchange" imported from the articles; no coder yet. */
	static Path corpus(Path folder, Path articles) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(folder, "exchange")) {
			new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(articles), new NullProgressMonitor());
		}
		return folder;
	}

	/**
	 * {@code coder} codes in their corpus: the letter outside the BMP tagged, a claim of Putin over a
	 * span across the CRLF, reported by an outlet of their own (a shared object this corpus lacks),
	 * and a span in the other article.
	 */
	static void code(Path corpus, String coder) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			DocumentContent protect = store.getContent(store.findDocument(PROTECT));
			run(domain, SpanCommands.tag(domain, protect, 0, 2, Tags.byKey(store.getCorpus(), "l").orElseThrow()));
			int begin = TEXT_PROTECT.indexOf("Putin said");
			int end = TEXT_PROTECT.indexOf(" on Wednesday");
			run(domain, SpanCommands.tag(domain, protect, begin, end, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			SpanAnnotation said = SpanCommands.exactSpan(protect, begin, end);
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of("Putin"));
			Entity interfax = ClaimCommands.newEntity(EntityKind.OUTLET, "Interfax", List.of());
			run(domain, ClaimCommands.addEntity(domain, store.getCorpus(), putin));
			run(domain, ClaimCommands.addEntity(domain, store.getCorpus(), interfax));
			run(domain, ClaimCommands.makeClaim(domain, protect, List.of(said),
					new ClaimFields(putin, interfax, "on Wednesday", null, null, Stance.ASSERTS, ClaimKind.REPORTED_SPEECH, null)));
			DocumentContent failed = store.getContent(store.findDocument(FAILED));
			int grigoryan = TEXT_FAILED.indexOf("Grigoryan");
			run(domain, SpanCommands.tag(domain, failed, grigoryan, grigoryan + "Grigoryan".length(), Tags.byKey(store.getCorpus(), "s").orElseThrow()));
			store.save();
		}
	}

	private static void run(EditingDomain domain, Command command) {
		assertNotNull(command);
		domain.getCommandStack().execute(command);
	}
}
