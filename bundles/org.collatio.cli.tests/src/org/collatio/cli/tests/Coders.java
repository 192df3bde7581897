/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.EntityKind;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** A coder at work in a clone of a shared corpus: opens it as themselves, annotates through the commands, saves. */
final class Coders {

	private Coders() {
	}

	/** Tags a span [offset, offset + 6) as a claim in each of the documents {@code from} (inclusive) to {@code to} (exclusive). */
	static void annotate(Path corpus, String coder, int from, int to, int offset) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			List<Document> documents = store.getCorpus().getDocuments();
			for (int i = from; i < Math.min(to, documents.size()); i++) {
				DocumentContent content = store.getContent(documents.get(i));
				int begin = Math.min(offset, Math.max(0, content.getText().length() - 7));
				domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + 6, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			}
			store.save();
		}
	}

	static void addEntity(Path corpus, String coder, String name) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			domain.getCommandStack().execute(ClaimCommands.addEntity(domain, store.getCorpus(), ClaimCommands.newEntity(EntityKind.PERSON, name, List.of())));
			store.save();
		}
	}

	static void renameEntity(Path corpus, String coder, String from, String to) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			store.getCorpus().getEntities().stream().filter(e -> e.getCanonicalName().equals(from)).findFirst().orElseThrow().setCanonicalName(to);
			store.save();
		}
	}
}
