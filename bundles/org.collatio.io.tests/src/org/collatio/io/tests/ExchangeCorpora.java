/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.collatio.core.derived.ClaimKeys;
import org.collatio.core.derived.LayerRelations;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Corpus folders made from the same articles (a character outside the BMP, CRLF line ends), each
 * with the code book the team agreed on before coding (entity {@value #PUTIN}, proposition
 * {@value #PROTECT}, the default tag set); coders coding in them through the commands of the
 * workbench; and what a test compares: a layer field by field, a folder byte by byte.
 */
final class ExchangeCorpora {

	static final String PROTECT_DOC = "peacekeepers-protect";
	static final String FAILED_DOC = "peacekeepers-failed";
	static final String THIRD_DOC = "third";
	/** "𝔄" (U+1D504) is two UTF-16 units; CRLF line ends. */
	static final String TEXT_PROTECT = "\uD835\uDD04 Putin said the peacekeepers protect civilians.\r\nInterfax reported it on Wednesday.\r\n";
	static final String TEXT_FAILED = "Grigoryan said \uD83D\uDE00 the peacekeepers failed to protect the population.\r\nHe spoke in Yerevan.\r\n";
	static final String TEXT_THIRD = "A third article, which nobody codes.\n";
	static final String PUTIN = "putin";
	static final String PROTECT = "protect";

	private ExchangeCorpora() {
	}

	/** The articles, as files named after the documents they become. */
	static Path articles(Path folder, Map<String, String> texts) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> text : texts.entrySet()) {
			Files.writeString(folder.resolve(text.getKey() + ".txt"), text.getValue(), StandardCharsets.UTF_8);
		}
		return folder;
	}

	static Map<String, String> sameArticles() {
		Map<String, String> texts = new TreeMap<>();
		texts.put(PROTECT_DOC, TEXT_PROTECT);
		texts.put(FAILED_DOC, TEXT_FAILED);
		texts.put(THIRD_DOC, TEXT_THIRD);
		return texts;
	}

	/** A corpus imported from the articles, with the shared code book; no coder yet. */
	static Path corpus(Path folder, Path articles) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(folder, "exchange")) {
			new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(articles), new NullProgressMonitor());
			Entity putin = CollatioFactory.eINSTANCE.createEntity();
			putin.setId(PUTIN);
			putin.setKind(EntityKind.PERSON);
			putin.setCanonicalName("Vladimir Putin");
			putin.getAliases().add("Putin");
			store.getCorpus().getEntities().add(putin);
			Proposition protect = CollatioFactory.eINSTANCE.createProposition();
			protect.setId(PROTECT);
			protect.setStatement("The peacekeepers protect civilians");
			store.getCorpus().getPropositions().add(protect);
			store.save();
		}
		return folder;
	}

	/** A coder at work in a store: commands on one editing domain, as in the workbench. */
	static final class Coding {

		final CorpusStore store;
		final EditingDomain domain;

		Coding(CorpusStore store) {
			this.store = store;
			this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
		}

		void run(Command command) {
			assertNotNull(command);
			domain.getCommandStack().execute(command);
		}

		DocumentContent content(String document) throws Exception {
			return store.getContent(store.findDocument(document));
		}

		SpanAnnotation tag(String document, int begin, int end, String key) throws Exception {
			DocumentContent content = content(document);
			run(SpanCommands.tag(domain, content, begin, end, Tags.byKey(store.getCorpus(), key).orElseThrow()));
			return SpanCommands.exactSpan(content, begin, end);
		}

		SpanAnnotation tag(String document, String text, String key) throws Exception {
			int begin = content(document).getText().indexOf(text);
			return tag(document, begin, begin + text.length(), key);
		}

		Claim claim(String document, SpanAnnotation span, ClaimFields fields) throws Exception {
			DocumentContent content = content(document);
			run(ClaimCommands.makeClaim(domain, content, List.of(span), fields));
			return content.getClaims().get(content.getClaims().size() - 1);
		}

		Entity entity(String id) {
			return store.getCorpus().getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
		}

		Proposition proposition(String id) {
			return store.getCorpus().getPropositions().stream().filter(p -> id.equals(p.getId())).findFirst().orElseThrow();
		}

		void describe(String entity, String description) {
			run(org.eclipse.emf.edit.command.SetCommand.create(domain, entity(entity), CollatioPackage.Literals.ENTITY__DESCRIPTION, description));
		}

		/** A mention made by hand (no command makes one yet). */
		void mention(String document, SpanAnnotation span, Entity entity) throws Exception {
			Mention mention = CollatioFactory.eINSTANCE.createMention();
			mention.setId("mention-" + span.getId());
			mention.setSpan(span);
			mention.setEntity(entity);
			content(document).getMentions().add(mention);
		}
	}

	/**
	 * The annotations of the layer a store works on, one line per object, every field: documents
	 * (text length), spans (offsets, tags, note, coder, times), claims (spans, speaker, via, when,
	 * proposition, stance, kind, paraphrase, coder, times), mentions and the layer's relations.
	 * Coders by name, so that a coder whose id differs between corpora compares equal.
	 */
	static List<String> layer(CorpusStore store) throws Exception {
		List<String> lines = new ArrayList<>();
		for (String id : store.getLayers().getOrDefault(store.getLayerName(), new TreeSet<>())) {
			Document document = store.findDocument(id);
			DocumentContent content = store.getContent(document);
			lines.add("document " + id + " " + content.getText().length());
			for (SpanAnnotation span : content.getSpans()) {
				lines.add("  span " + span.getId() + " " + span.getBegin() + "-" + span.getEnd() + " " + span.getTags().stream().map(Tag::getId).toList()
						+ " | " + span.getNote() + " | " + coder(span.getAnnotator()) + " | " + time(span.getCreated()) + " | " + time(span.getModified()));
			}
			for (Claim claim : content.getClaims()) {
				lines.add("  claim " + claim.getId() + " " + claim.getSpans().stream().map(SpanAnnotation::getId).toList() + " | speaker "
						+ id(claim.getSpeaker()) + " | via " + id(claim.getVia()) + " | " + claim.getWhenStated() + " | " + claim.getWhenDate() + " | "
						+ (claim.getProposition() == null ? null : claim.getProposition().getId()) + " | " + claim.getStance() + " | " + claim.getKind()
						+ " | " + claim.getParaphrase() + " | " + coder(claim.getAnnotator()) + " | " + time(claim.getCreated()) + " | "
						+ time(claim.getModified()));
			}
			for (Mention mention : content.getMentions()) {
				lines.add("  mention " + mention.getId() + " " + mention.getSpan().getId() + " " + id(mention.getEntity()));
			}
		}
		for (ClaimRelation relation : LayerRelations.of(store)) {
			lines.add("relation " + relation.getId() + " " + relation.getKind() + " "
					+ ClaimKeys.of(relation, CollatioPackage.Literals.CLAIM_RELATION__SOURCE) + " -> "
					+ ClaimKeys.of(relation, CollatioPackage.Literals.CLAIM_RELATION__TARGET) + " | " + relation.getRationale() + " | "
					+ relation.getStatus() + " | " + coder(relation.getAnnotator()) + " | " + time(relation.getCreated()));
		}
		return lines;
	}

	/** An entity or proposition of corpus.xmi, every field. */
	static String describe(org.eclipse.emf.ecore.EObject object) {
		if (object instanceof Entity entity) {
			return "entity " + entity.getId() + " | " + entity.getKind() + " | " + entity.getCanonicalName() + " | " + entity.getAliases() + " | "
					+ entity.getDescription();
		}
		Proposition proposition = (Proposition) object;
		return "proposition " + proposition.getId() + " | " + proposition.getStatement() + " | " + proposition.getVerdict() + " | "
				+ coder(proposition.getVerdictBy()) + " | " + proposition.getVerdictNote() + " | " + proposition.getNotes();
	}

	private static String coder(Annotator annotator) {
		return annotator == null ? null : annotator.getName();
	}

	private static String id(Entity entity) {
		return entity == null ? null : entity.getId();
	}

	private static String time(Date date) {
		return date == null ? null : date.toInstant().toString();
	}

	/** Every file of a folder and its bytes (the lock file aside: each opening writes who holds it). */
	static Map<String, byte[]> files(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString();
				if (!name.equals(".collatio.lock")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	/** {@link #files} as comparable text: each file's name, size and SHA-256, one line each. */
	static List<String> fingerprint(Path folder) throws Exception {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : files(folder).entrySet()) {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(file.getValue());
			lines.add(file.getKey() + " " + file.getValue().length + " " + java.util.HexFormat.of().formatHex(hash));
		}
		return lines;
	}
}
