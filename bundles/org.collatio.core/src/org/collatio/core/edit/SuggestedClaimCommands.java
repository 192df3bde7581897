/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.collatio.core.tags.Tags;
import org.collatio.model.ClaimKind;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Accepting a suggested claim: one undoable command that makes the span (tagged as a claim), the
 * entities it names that the corpus does not have yet, and the claim.
 */
public final class SuggestedClaimCommands {

	/** The code of the tag a claim's span gets (the default tag set's "Claim"). */
	public static final String CLAIM_TAG_CODE = "statement.claim";

	/**
	 * What a suggestion says, as plain values: {@code speaker} and {@code via} are names (an entity
	 * with that name or alias is used, else one is created), either may be null; {@code whenStated}
	 * as written, or null.
	 */
	public record Suggested(int begin, int end, String speaker, String via, String whenStated, ClaimKind kind) {
	}

	private SuggestedClaimCommands() {
	}

	/**
	 * The command accepting {@code suggested} in {@code content}: the span over exactly its range is
	 * reused if there is one. Throws IllegalArgumentException for a range outside the text.
	 */
	public static Command accept(EditingDomain domain, Corpus corpus, DocumentContent content, Suggested suggested) {
		CompoundCommand command = new CompoundCommand("Accept Suggested Claim");
		append(domain, corpus, content, suggested, new HashMap<>(), command);
		return command;
	}

	/**
	 * One command accepting several suggestions of a document (Accept All): a name new to the corpus
	 * becomes one entity, however many suggestions name it.
	 */
	public static Command acceptAll(EditingDomain domain, Corpus corpus, DocumentContent content, List<Suggested> suggested) {
		CompoundCommand command = new CompoundCommand("Accept " + suggested.size() + " Suggested Claims");
		Map<String, Entity> created = new HashMap<>();
		for (Suggested one : suggested) {
			append(domain, corpus, content, one, created, command);
		}
		return command;
	}

	private static void append(EditingDomain domain, Corpus corpus, DocumentContent content, Suggested suggested, Map<String, Entity> created,
			CompoundCommand command) {
		int length = content.getText() == null ? 0 : content.getText().length();
		if (suggested.begin() < 0 || suggested.end() > length || suggested.begin() >= suggested.end()) {
			throw new IllegalArgumentException("[" + suggested.begin() + ", " + suggested.end() + ") is not a range of the text (" + length + " characters)");
		}
		SpanAnnotation span = SpanCommands.exactSpan(content, suggested.begin(), suggested.end());
		if (span == null) {
			Tag tag = Tags.all(corpus).stream().filter(t -> CLAIM_TAG_CODE.equals(t.getCode())).findFirst().orElse(null);
			span = SpanCommands.newSpan(content, suggested.begin(), suggested.end(), tag);
			command.append(SpanCommands.addSpan(domain, content, span));
		}
		Entity speaker = entity(domain, corpus, suggested.speaker(), EntityKind.PERSON, created, command);
		Entity via = speaker != null && suggested.via() != null && suggested.via().strip().equalsIgnoreCase(speaker.getCanonicalName()) ? speaker
				: entity(domain, corpus, suggested.via(), EntityKind.OUTLET, created, command);
		command.append(ClaimCommands.makeClaim(domain, content, List.of(span),
				new ClaimCommands.ClaimFields(speaker, via, suggested.whenStated(), null, null, null, suggested.kind(), null)));
	}

	/**
	 * An entity of that kind one of whose names ends with {@code name}, or whose name {@code name}
	 * ends with, both of two words or more: one person named with and without what the article puts
	 * before the name ("Russian President Vladimir Putin" and "Vladimir Putin"), never two people of
	 * one family name ("Tony Blair", "Cherie Blair"). Null when none, or when more than one fits.
	 */
	private static Entity fullerOrShorter(Corpus corpus, Map<String, Entity> created, String name, EntityKind kind) {
		if (name.indexOf(' ') < 0) {
			return null;
		}
		String folded = " " + name.toLowerCase(Locale.ROOT);
		Entity found = null;
		List<Entity> candidates = new java.util.ArrayList<>(corpus.getEntities());
		created.values().stream().filter(e -> !candidates.contains(e)).forEach(candidates::add);
		for (Entity entity : candidates) {
			if (entity.getKind() != kind) {
				continue;
			}
			List<String> names = new java.util.ArrayList<>(entity.getAliases());
			names.add(entity.getCanonicalName());
			for (String other : names) {
				String o = other == null ? "" : " " + other.strip().toLowerCase(Locale.ROOT);
				if (o.indexOf(' ', 1) > 0 && (o.endsWith(folded) || folded.endsWith(o))) {
					if (found != null && found != entity) {
						return null; // two fit: not for a rule to choose
					}
					found = entity;
				}
			}
		}
		return found;
	}

	/** The entity named {@code name} (name or alias), or a new one added by {@code command}; null for no name. */
	private static Entity entity(EditingDomain domain, Corpus corpus, String name, EntityKind kind, Map<String, Entity> created,
			CompoundCommand command) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Optional<Entity> existing = ClaimCommands.findEntity(corpus, name);
		if (existing.isPresent()) {
			return existing.get();
		}
		Entity named = fullerOrShorter(corpus, created, name.strip(), kind);
		if (named != null) {
			return named;
		}
		return created.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), key -> {
			Entity entity = ClaimCommands.newEntity(kind, name.strip(), List.of());
			command.append(ClaimCommands.addEntity(domain, corpus, entity));
			return entity;
		});
	}
}
