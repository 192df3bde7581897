/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;

import java.util.List;
import java.util.Optional;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.SuggestedClaimCommands;
import org.collatio.core.tags.Tags;
import org.collatio.core.store.PartialDate;
import org.collatio.model.ClaimKind;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the claim form holds, as typed: names and statements are looked up (a speaker by any alias,
 * case and accents aside) and created when new, all in the one command that makes the claim.
 */
public record ClaimForm(String speaker, String via, String whenStated, String whenDate, String proposition, Stance stance, ClaimKind kind,
		String paraphrase) {

	/** What is wrong with the form, or null. */
	public String problem() {
		if (whenDate != null && !whenDate.isBlank() && !PartialDate.isValid(whenDate.strip())) {
			return "\"When (date)\" is YYYY, YYYY-MM or YYYY-MM-DD.";
		}
		return null;
	}

	/** One command: new entities and proposition (if any), then the claim on {@code spans}. */
	public Command command(EditingDomain domain, Corpus corpus, DocumentContent content, List<SpanAnnotation> spans) {
		if (problem() != null) {
			throw new IllegalArgumentException(problem());
		}
		CompoundCommand command = new CompoundCommand("Make Claim");
		Entity speakerEntity = entity(domain, corpus, speaker, EntityKind.PERSON, command);
		Entity viaEntity = entity(domain, corpus, via, EntityKind.OUTLET, command);
		Proposition statement = null;
		if (proposition != null && !proposition.isBlank()) {
			Optional<Proposition> existing = corpus.getPropositions().stream()
					.filter(p -> p.getStatement() != null && p.getStatement().equalsIgnoreCase(proposition.strip())).findFirst();
			statement = existing.orElseGet(() -> ClaimCommands.newProposition(proposition.strip()));
			if (existing.isEmpty()) {
				command.append(ClaimCommands.addProposition(domain, corpus, statement));
			}
		}
		command.append(ClaimCommands.makeClaim(domain, content, spans,
				new ClaimFields(speakerEntity, viaEntity, whenStated, whenDate, statement, stance, kind, paraphrase)));
		return command;
	}

	/**
	 * One command: a span over [begin, end) tagged as a claim (or the span already there), then what
	 * {@link #command} makes on it (accepting a suggested claim).
	 */
	public Command commandForRange(EditingDomain domain, Corpus corpus, DocumentContent content, int begin, int end) {
		CompoundCommand command = new CompoundCommand("Accept Suggested Claim");
		SpanAnnotation span = SpanCommands.exactSpan(content, begin, end);
		if (span == null) {
			span = SpanCommands.newSpan(content, begin, end, Tags.all(corpus).stream()
					.filter(t -> SuggestedClaimCommands.CLAIM_TAG_CODE.equals(t.getCode())).findFirst().orElse(null));
			command.append(SpanCommands.addSpan(domain, content, span));
		}
		command.append(command(domain, corpus, content, List.of(span)));
		return command;
	}

	private static Entity entity(EditingDomain domain, Corpus corpus, String name, EntityKind kind, CompoundCommand command) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Optional<Entity> existing = ClaimCommands.findEntity(corpus, name);
		if (existing.isPresent()) {
			return existing.get();
		}
		Entity created = ClaimCommands.newEntity(kind, name.strip(), List.of());
		command.append(ClaimCommands.addEntity(domain, corpus, created));
		return created;
	}
}
