/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.collatio.core.edit.SuggestedClaimCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimKind;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.KnownSpeaker;
import org.collatio.suggest.Suggestion;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio suggest-claims --corpus DIR [--document ID]... [--accept-above P] [--format text|jsonl]} */
@Command(name = "suggest-claims", mixinStandardHelpOptions = true,
		description = { "Suggest the claims the articles report (quotations, reported speech, relays), with speaker, via, kind,",
				"stated time and confidence. Offsets are UTF-16 units, end exclusive.",
				"With --accept-above, suggestions at or above that confidence become spans and claims (saved)." })
final class SuggestClaimsCommand implements Callable<Integer> {

	enum Format {
		text, jsonl
	}

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--document", paramLabel = "ID", description = "Only this document (repeatable; default: every document).")
	List<String> documentIds = new ArrayList<>();

	@Option(names = "--accept-above", paramLabel = "P", description = "Make claims of the suggestions with confidence >= P (0..1) and save.")
	Double acceptAbove;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or jsonl (one suggestion a line). Default: ${DEFAULT-VALUE}.")
	Format format;

	@Override
	public Integer call() throws CorpusException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (acceptAbove != null && !(acceptAbove >= 0 && acceptAbove <= 1)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--accept-above must be between 0 and 1, not " + acceptAbove);
		}
		try (CorpusStore store = acceptAbove == null ? Stores.read(corpus, layerOption.layer, err) : Stores.write(corpus, layerOption.layer, false, err)) {
			List<Document> documents = new ArrayList<>();
			for (String id : documentIds) {
				Document document = store.findDocument(id);
				if (document == null) {
					err.println("collatio: " + store.getLayout().directory() + " has no document \u201c" + id + "\u201d");
					return ExitCodes.INPUT_REJECTED;
				}
				documents.add(document);
			}
			if (documents.isEmpty()) {
				documents.addAll(store.getCorpus().getDocuments());
			}
			List<String> texts = new ArrayList<>();
			for (Document document : documents) {
				texts.add(store.readText(document));
			}
			boolean accepting = acceptAbove != null && !store.isReadOnly();
			List<List<Suggestion>> all;
			int accepted = 0;
			if (accepting) {
				// one article after the other, each with the entities the ones before it made: a person accepted
				// in one article is known in the next ("Putin" there is the "Vladimir Putin" made here)
				all = new ArrayList<>();
				ClaimSuggester suggester = new ClaimSuggester();
				var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
				for (int i = 0; i < documents.size(); i++) {
					List<Suggestion> suggestions = suggester.suggest(texts.get(i), known(store));
					all.add(suggestions);
					accepted += accept(store, domain, documents.get(i), suggestions);
				}
			} else {
				all = new ClaimSuggester().suggestAll(texts, known(store), null);
			}
			int count = 0;
			for (int i = 0; i < documents.size(); i++) {
				for (Suggestion s : all.get(i)) {
					out.println(format == Format.jsonl ? json(documents.get(i).getId(), s) : text(documents.get(i).getId(), s));
					count++;
				}
			}
			if (format == Format.text) {
				out.println(count + " suggestions in " + documents.size() + " documents.");
			}
			if (acceptAbove != null) {
				if (!accepting) {
					err.println("collatio: " + store.getLayout().directory() + " is read only: nothing accepted");
					return ExitCodes.INPUT_REJECTED;
				}
				store.save();
				(format == Format.text ? out : err).println("Accepted " + accepted + " suggestions at or above " + acceptAbove + " as claims.");
			}
			return Stores.reportDamaged(store, err, ExitCodes.OK);
		}
	}

	private static List<KnownSpeaker> known(CorpusStore store) {
		List<KnownSpeaker> known = new ArrayList<>();
		for (Entity e : store.getCorpus().getEntities()) {
			if (e.getCanonicalName() != null) {
				known.add(new KnownSpeaker(e.getId(), e.getCanonicalName(), e.getAliases()));
			}
		}
		return known;
	}

	/** Makes claims of a document's confident suggestions, one command each; a range that already backs a claim is left. */
	private int accept(CorpusStore store, AdapterFactoryEditingDomain domain, Document document, List<Suggestion> suggestions) throws CorpusException {
		int accepted = 0;
		DocumentContent content = null;
		for (Suggestion s : suggestions) {
			if (s.confidence() < acceptAbove) {
				continue;
			}
			if (content == null) {
				content = store.getContent(document);
			}
			if (backsClaim(content, s)) {
				continue;
			}
			domain.getCommandStack().execute(SuggestedClaimCommands.accept(domain, store.getCorpus(), content,
					new SuggestedClaimCommands.Suggested(s.begin(), s.end(), s.speaker(), s.via(), s.when(), kind(s))));
			accepted++;
		}
		return accepted;
	}

	private static boolean backsClaim(DocumentContent content, Suggestion s) {
		return content.getClaims().stream().flatMap(c -> c.getSpans().stream())
				.anyMatch((SpanAnnotation span) -> span.getBegin() == s.begin() && span.getEnd() == s.end());
	}

	private static ClaimKind kind(Suggestion s) {
		return switch (s.kind()) {
		case DIRECT_QUOTE -> ClaimKind.DIRECT_QUOTE;
		case REPORTED_SPEECH -> ClaimKind.REPORTED_SPEECH;
		case OUTLET_ASSERTION -> ClaimKind.OUTLET_ASSERTION;
		};
	}

	private static String text(String document, Suggestion s) {
		String claimed = s.text().replaceAll("\\s+", " ").strip();
		return String.format(Locale.ROOT, "%s %d-%d %.2f %s  %s%s%s: \u201c%s\u201d", document, s.begin(), s.end(), s.confidence(), s.kind().label(),
				s.speaker(), s.via() == null ? "" : " via " + s.via(), s.when() == null ? "" : " (" + s.when() + ")",
				claimed.length() > 120 ? claimed.substring(0, 117) + "..." : claimed);
	}

	private static final JsonFactory JSON = new JsonFactory();

	static String json(String document, Suggestion s) {
		StringWriter line = new StringWriter();
		try (JsonGenerator g = JSON.createGenerator(line)) {
			g.writeStartObject();
			g.writeStringField("document", document);
			g.writeNumberField("begin", s.begin());
			g.writeNumberField("end", s.end());
			g.writeStringField("text", s.text());
			g.writeStringField("speaker", s.speaker());
			if (s.speakerId() != null) {
				g.writeStringField("speakerEntity", s.speakerId());
			}
			g.writeObjectFieldStart("speakerMention");
			g.writeNumberField("begin", s.mentionBegin());
			g.writeNumberField("end", s.mentionEnd());
			g.writeEndObject();
			g.writeStringField("via", s.via());
			g.writeStringField("kind", s.kind().label());
			g.writeStringField("when", s.when());
			g.writeNumberField("confidence", Math.round(s.confidence() * 100) / 100.0);
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return line.toString();
	}
}
