/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.List;
import java.util.Optional;

import org.collatio.core.tags.Tags;
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
 * A claim as the researcher types it in the claim form: the speaker, the relaying outlet and the
 * proposition by name or statement, looked up (a speaker by any alias, case and accents aside) and
 * created when new, all in the one command that makes the claim.
 */
public final class TypedClaims {

	/** The form's fields as typed; blank names are none. */
	public record Typed(String speaker, String via, String whenStated, String whenDate, String proposition, Stance stance, ClaimKind kind,
			String paraphrase) {
	}

	private TypedClaims() {
	}

	/** One command: new entities and proposition (if any), then the claim on {@code spans}. */
	public static Command make(EditingDomain domain, Corpus corpus, DocumentContent content, List<SpanAnnotation> spans, Typed typed) {
		CompoundCommand command = new CompoundCommand("Make Claim");
		Entity speakerEntity = entity(domain, corpus, typed.speaker(), EntityKind.PERSON, command);
		Entity viaEntity = entity(domain, corpus, typed.via(), EntityKind.OUTLET, command);
		Proposition statement = null;
		String proposition = typed.proposition();
		if (proposition != null && !proposition.isBlank()) {
			Optional<Proposition> existing = corpus.getPropositions().stream()
					.filter(p -> p.getStatement() != null && p.getStatement().equalsIgnoreCase(proposition.strip())).findFirst();
			statement = existing.orElseGet(() -> ClaimCommands.newProposition(proposition.strip()));
			if (existing.isEmpty()) {
				command.append(ClaimCommands.addProposition(domain, corpus, statement));
			}
		}
		command.append(ClaimCommands.makeClaim(domain, content, spans, new ClaimCommands.ClaimFields(speakerEntity, viaEntity, typed.whenStated(),
				typed.whenDate(), statement, typed.stance(), typed.kind(), typed.paraphrase())));
		return command;
	}

	/**
	 * One command: a span over [begin, end) tagged as a claim (or the span already there), then what
	 * {@link #make} makes on it (accepting a suggested claim).
	 */
	public static Command makeOnRange(EditingDomain domain, Corpus corpus, DocumentContent content, int begin, int end, Typed typed) {
		CompoundCommand command = new CompoundCommand("Accept Suggested Claim");
		SpanAnnotation span = SpanCommands.exactSpan(content, begin, end);
		if (span == null) {
			span = SpanCommands.newSpan(content, begin, end,
					Tags.all(corpus).stream().filter(t -> SuggestedClaimCommands.CLAIM_TAG_CODE.equals(t.getCode())).findFirst().orElse(null));
			command.append(SpanCommands.addSpan(domain, content, span));
		}
		command.append(make(domain, corpus, content, List.of(span), typed));
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
