/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.List;

import org.collatio.core.edit.Commands;
import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands of curation, on the session's editing domain like every change (so each is one
 * undoable step): they make the curated layer (the live content of a store working on
 * {@link org.collatio.core.store.Layers#CURATED}) hold a coder's version of a range. What a version
 * names by id (tags, speaker, via, proposition, the coder) becomes the live object of corpus.xmi with
 * that id; an id corpus.xmi no longer has is left out. Commands are built against the curated
 * content as it is now, so a row shown a moment ago is safe to accept.
 */
public final class CurationCommands {

	private CurationCommands() {
	}

	/**
	 * Makes the curated layer hold {@code coderLayer}'s version of the row's range: the span (its tags,
	 * note, the coder as annotator, its creation date) replaces the curated span at that range, or is
	 * added; the claim on it (speaker, via, proposition, stance, kind, when stated, date, paraphrase)
	 * replaces the curated claim on that range, or is added; a version without a claim removes the
	 * curated one. A coder with no span at the range: the curated span there is removed (with its
	 * claims, their relations and its mentions). Null when the curated layer holds that version
	 * already.
	 */
	public static Command accept(EditingDomain domain, DocumentContent curatedContent, CurationRow row, String coderLayer) {
		LiveObjects live = LiveObjects.of(corpusOf(curatedContent));
		Command command = new Acceptance(domain, curatedContent, live).accept(row.begin(), row.end(), row.version(coderLayer), coderLayer);
		return command == null ? null : Commands.labelled("Accept " + possessive(Coders.displayName(live.corpus, coderLayer)) + " Version", command);
	}

	/**
	 * Accepts a coder's version of several rows as one command (the rows the curated layer holds that
	 * version of already are skipped); null when there is nothing to do.
	 */
	public static Command accept(EditingDomain domain, DocumentContent curatedContent, List<CurationRow> rows, String coderLayer) {
		LiveObjects live = LiveObjects.of(corpusOf(curatedContent));
		Acceptance acceptance = new Acceptance(domain, curatedContent, live);
		CompoundCommand command = new CompoundCommand("Accept " + possessive(Coders.displayName(live.corpus, coderLayer)) + " Version");
		for (CurationRow row : rows) {
			append(command, acceptance.accept(row.begin(), row.end(), row.version(coderLayer), coderLayer));
		}
		return command.isEmpty() ? null : command;
	}

	/**
	 * Accepts every {@link RowKind#AGREED} row the curated layer does not hold yet, as one command
	 * (the version of the first coder of each row); null when there is none.
	 */
	public static Command acceptAgreed(EditingDomain domain, DocumentContent curatedContent, List<CurationRow> rows) {
		Acceptance acceptance = new Acceptance(domain, curatedContent, LiveObjects.of(corpusOf(curatedContent)));
		CompoundCommand command = new CompoundCommand("Accept All Agreed");
		for (CurationRow row : rows) {
			if (row.kind() == RowKind.AGREED && !row.isDone() && !row.versions().isEmpty()) {
				String layer = row.versions().keySet().iterator().next();
				append(command, acceptance.accept(row.begin(), row.end(), row.version(layer), layer));
			}
		}
		return command.isEmpty() ? null : command;
	}

	private static void append(CompoundCommand command, Command part) {
		if (part != null) {
			command.append(part);
		}
	}

	private static Corpus corpusOf(DocumentContent content) {
		if (content.getDocument() != null && content.getDocument().eContainer() instanceof Corpus corpus) {
			return corpus;
		}
		CorpusStore store = CorpusStore.of(content);
		if (store == null) {
			throw new IllegalArgumentException("not the content of a document of an open corpus");
		}
		return store.getCorpus();
	}

	/** "Bob's", "James'". */
	static String possessive(String name) {
		return name + (name.endsWith("s") ? "'" : "'s");
	}
}
