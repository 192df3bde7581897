/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.EntityKind;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** Small corpora made and annotated as a coder does it: through the store and the commands, then saved. */
final class ShareCorpora {

	private ShareCorpora() {
	}

	/** A corpus of {@code documents} short articles (ids doc1, doc2, ...), created by {@code coder}. */
	static Path create(Path dir, String coder, int documents) throws CorpusException {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Shared corpus", LayerChoice.coder(coder))) {
			for (int i = 1; i <= documents; i++) {
				addDocument(store, "doc" + i, "Article " + i + ". The ministry said on Monday that the ceasefire held along the whole line, "
						+ "while the other side denied it and reported shelling near the border.\n");
			}
			store.save();
		}
		return dir;
	}

	static void addDocument(CorpusStore store, String id, String text) throws CorpusException {
		Document document = CollatioFactory.eINSTANCE.createDocument();
		document.setId(id);
		document.setTitle("Article " + id);
		store.addDocument(document, text);
	}

	/** Opens the corpus as the coder, does the work, saves. */
	static void work(Path dir, String coder, Work work) throws Exception {
		try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coder))) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			work.on(store, domain);
			store.save();
		}
	}

	/** Something a coder does in an open corpus. */
	@FunctionalInterface
	interface Work {
		void on(CorpusStore store, EditingDomain domain) throws Exception;
	}

	/** The coder tags [begin, end) of a document as a claim, in their own layer. */
	static void annotate(Path dir, String coder, String documentId, int begin, int end) throws Exception {
		work(dir, coder, (store, domain) -> {
			DocumentContent content = store.getContent(store.findDocument(documentId));
			execute(domain, SpanCommands.tag(domain, content, begin, end, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
		});
	}

	/** The coder adds an entity (a change to corpus.xmi). */
	static void addEntity(Path dir, String coder, String name) throws Exception {
		work(dir, coder, (store, domain) -> execute(domain,
				ClaimCommands.addEntity(domain, store.getCorpus(), ClaimCommands.newEntity(EntityKind.PERSON, name, List.of()))));
	}

	private static void execute(EditingDomain domain, Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("cannot execute " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}

	/**
	 * The source files of a corpus folder with a digest of each (path with '/'), leaving out what is
	 * derived or Git's own: what two clones must agree on after a sync.
	 */
	static SortedMap<String, String> sourceFiles(Path dir) throws IOException {
		SortedMap<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String path = dir.relativize(file).toString().replace('\\', '/');
				if (path.startsWith(".git/") || path.startsWith("index") || path.startsWith("derived/") || path.equals(".collatio.lock")
						|| path.startsWith("documents/.orphaned/") || file.getFileName().toString().endsWith(".tmp")) {
					continue;
				}
				files.put(path, digest(Files.readAllBytes(file)));
			}
		}
		return files;
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
