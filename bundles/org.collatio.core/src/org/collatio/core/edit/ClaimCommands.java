/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collatio.model.edit.ModelLabels;
import org.collatio.core.store.CorpusContents;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Commands for claims, the entities that make and relay them, the propositions they address and the
 * relations between claims across documents. All undoable, all on the one editing domain.
 */
public final class ClaimCommands {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	/** What a claim says, as entered in the claim form. */
	public record ClaimFields(Entity speaker, Entity via, String whenStated, String whenDate, Proposition proposition, Stance stance,
			ClaimKind kind, String paraphrase) {
	}

	private ClaimCommands() {
	}

	/** A new entity (added to the corpus by the returned command). */
	public static Entity newEntity(EntityKind kind, String name, List<String> aliases) {
		Entity entity = CollatioFactory.eINSTANCE.createEntity();
		entity.setId("entity-" + EcoreUtil.generateUUID());
		entity.setKind(kind);
		entity.setCanonicalName(name);
		entity.getAliases().addAll(aliases);
		return entity;
	}

	public static Command addEntity(EditingDomain domain, Corpus corpus, Entity entity) {
		return Commands.labelled("New Entity \"" + entity.getCanonicalName() + "\"", AddCommand.create(domain, corpus, P.getCorpus_Entities(), entity));
	}

	/** A new proposition (added to the corpus by the returned command). */
	public static Proposition newProposition(String statement) {
		Proposition proposition = CollatioFactory.eINSTANCE.createProposition();
		proposition.setId("proposition-" + EcoreUtil.generateUUID());
		proposition.setStatement(statement);
		return proposition;
	}

	public static Command addProposition(EditingDomain domain, Corpus corpus, Proposition proposition) {
		return Commands.labelled("New Proposition", AddCommand.create(domain, corpus, P.getCorpus_Propositions(), proposition));
	}

	/** The entity whose name or one of whose aliases is {@code name} (case and accents aside). */
	public static Optional<Entity> findEntity(Corpus corpus, String name) {
		String key = fold(name);
		return corpus.getEntities().stream()
				.filter(e -> fold(e.getCanonicalName()).equals(key) || e.getAliases().stream().anyMatch(a -> fold(a).equals(key))).findFirst();
	}

	private static String fold(String text) {
		return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).strip();
	}

	/** Makes a claim of spans of one document. */
	public static Command makeClaim(EditingDomain domain, DocumentContent content, List<SpanAnnotation> spans, ClaimFields fields) {
		if (spans.isEmpty()) {
			throw new IllegalArgumentException("a claim is backed by at least one span");
		}
		Claim claim = CollatioFactory.eINSTANCE.createClaim();
		claim.setId("claim-" + EcoreUtil.generateUUID());
		claim.getSpans().addAll(spans);
		apply(claim, fields);
		Date now = new Date();
		claim.setCreated(now);
		claim.setModified(now);
		claim.setAnnotator(SpanCommands.coderOf(content));
		return Commands.labelled("Make Claim", AddCommand.create(domain, content, P.getDocumentContent_Claims(), claim));
	}

	private static void apply(Claim claim, ClaimFields fields) {
		claim.setSpeaker(fields.speaker());
		claim.setVia(fields.via());
		claim.setWhenStated(blankToNull(fields.whenStated()));
		claim.setWhenDate(blankToNull(fields.whenDate()));
		claim.setProposition(fields.proposition());
		claim.setStance(fields.stance() == null ? Stance.ASSERTS : fields.stance());
		claim.setKind(fields.kind() == null ? ClaimKind.DIRECT_QUOTE : fields.kind());
		claim.setParaphrase(blankToNull(fields.paraphrase()));
	}

	/** Changes what an existing claim says, as one command. */
	public static Command editClaim(EditingDomain domain, Claim claim, ClaimFields fields) {
		CompoundCommand command = new CompoundCommand("Edit Claim");
		command.append(SetCommand.create(domain, claim, P.getClaim_Speaker(), fields.speaker()));
		command.append(SetCommand.create(domain, claim, P.getClaim_Via(), fields.via()));
		command.append(SetCommand.create(domain, claim, P.getClaim_WhenStated(), blankToNull(fields.whenStated())));
		command.append(SetCommand.create(domain, claim, P.getClaim_WhenDate(), blankToNull(fields.whenDate())));
		command.append(SetCommand.create(domain, claim, P.getClaim_Proposition(), fields.proposition()));
		command.append(SetCommand.create(domain, claim, P.getClaim_Stance(), fields.stance()));
		command.append(SetCommand.create(domain, claim, P.getClaim_Kind(), fields.kind()));
		command.append(SetCommand.create(domain, claim, P.getClaim_Paraphrase(), blankToNull(fields.paraphrase())));
		command.append(SetCommand.create(domain, claim, P.getClaim_Modified(), new Date()));
		return command;
	}

	/** Gives a proposition a verdict and its note, as one command recording who gave it. */
	public static Command setVerdict(EditingDomain domain, org.collatio.model.Proposition proposition, org.collatio.model.Verdict verdict, String note) {
		CompoundCommand command = new CompoundCommand("Record Verdict");
		command.append(SetCommand.create(domain, proposition, P.getProposition_Verdict(), verdict));
		command.append(SetCommand.create(domain, proposition, P.getProposition_VerdictNote(), blankToNull(note)));
		command.append(SetCommand.create(domain, proposition, P.getProposition_VerdictBy(), SpanCommands.coderOf(proposition)));
		return command;
	}

	/** Links two claims (usually of different documents). */
	public static Command relate(EditingDomain domain, Corpus corpus, Claim source, Claim target, RelationKind kind, String rationale) {
		ClaimRelation relation = relation(source, target, kind, rationale);
		relation.setAnnotator(SpanCommands.coderOf(corpus));
		return Commands.labelled("Link Claims (" + ModelLabels.of(kind) + ")",
				AddCommand.create(domain, corpus, P.getCorpus_Relations(), relation));
	}

	private static ClaimRelation relation(Claim source, Claim target, RelationKind kind, String rationale) {
		if (source == target) {
			throw new IllegalArgumentException("a claim cannot be related to itself");
		}
		ClaimRelation relation = CollatioFactory.eINSTANCE.createClaimRelation();
		relation.setId("relation-" + EcoreUtil.generateUUID());
		relation.setSource(source);
		relation.setTarget(target);
		relation.setKind(kind);
		relation.setRationale(blankToNull(rationale));
		relation.setStatus(RelationStatus.CONFIRMED);
		relation.setCreated(new Date());
		return relation;
	}

	/** Changes how a relation reads (its kind and rationale; blank: none), as one command. */
	public static Command editRelation(EditingDomain domain, ClaimRelation relation, RelationKind kind, String rationale) {
		CompoundCommand command = new CompoundCommand("Edit Relation");
		command.append(SetCommand.create(domain, relation, P.getClaimRelation_Kind(), kind));
		command.append(SetCommand.create(domain, relation, P.getClaimRelation_Rationale(), blankToNull(rationale)));
		return command;
	}

	/** Removes relations (a link made by mistake, or a dismissal to reconsider), as one command. */
	public static Command removeRelations(EditingDomain domain, Corpus corpus, Collection<ClaimRelation> relations) {
		return RemoveCommand.create(domain, corpus, P.getCorpus_Relations(), relations);
	}

	/**
	 * Assigns claims to a proposition (null: to none), as one command; null when every claim already
	 * has that proposition.
	 */
	public static Command assign(EditingDomain domain, Collection<Claim> claims, Proposition proposition) {
		CompoundCommand command = new CompoundCommand(proposition == null ? "Unassign Claims" : "Assign Claims to Proposition");
		claims.stream().filter(c -> c.getProposition() != proposition)
				.forEach(claim -> command.append(SetCommand.create(domain, claim, P.getClaim_Proposition(), proposition)));
		return command.isEmpty() ? null : command;
	}

	/** Changes what a proposition says; null when {@code statement} is blank or says the same. */
	public static Command renameProposition(EditingDomain domain, Proposition proposition, String statement) {
		if (statement == null || statement.isBlank() || statement.strip().equals(proposition.getStatement())) {
			return null;
		}
		return Commands.labelled("Rename Proposition", SetCommand.create(domain, proposition, P.getProposition_Statement(), statement.strip()));
	}

	/** Renames an entity; null when {@code name} is blank or the same. */
	public static Command renameEntity(EditingDomain domain, Entity entity, String name) {
		String text = name == null ? "" : name.strip();
		if (text.isEmpty() || text.equals(entity.getCanonicalName())) {
			return null;
		}
		return Commands.labelled("Rename Entity", SetCommand.create(domain, entity, P.getEntity_CanonicalName(), text));
	}

	/**
	 * Gives an entity the aliases of a comma-separated list ("Pashinian, N. Pashinyan"; blanks,
	 * repeats and its own name left out); null when they are the ones it has.
	 */
	public static Command setAliases(EditingDomain domain, Entity entity, String commaSeparated) {
		List<String> list = java.util.Arrays.stream((commaSeparated == null ? "" : commaSeparated).split(",")).map(String::strip)
				.filter(a -> !a.isEmpty()).filter(a -> !a.equalsIgnoreCase(entity.getCanonicalName())).distinct().toList();
		if (list.equals(entity.getAliases())) {
			return null;
		}
		return Commands.labelled("Set Aliases", SetCommand.create(domain, entity, P.getEntity_Aliases(), list));
	}

	/**
	 * Dismisses a proposed pair of claims (a candidate contradiction the researcher turned down): kept
	 * as a relation with status {@link RelationStatus#REJECTED}, so the pair is not proposed again and
	 * the decision can be reviewed or undone; it counts as no relation anywhere else.
	 */
	public static Command dismiss(EditingDomain domain, Corpus corpus, Claim first, Claim second) {
		ClaimRelation relation = relation(first, second, RelationKind.CONTRADICTS, "dismissed candidate");
		relation.setStatus(RelationStatus.REJECTED);
		relation.setAnnotator(SpanCommands.coderOf(corpus));
		return Commands.labelled("Dismiss Candidate", AddCommand.create(domain, corpus, P.getCorpus_Relations(), relation));
	}

	/**
	 * Merges {@code duplicate} into {@code kept} (Pashinian into Pashinyan): its names become aliases,
	 * every claim and mention in every document that referred to it refers to {@code kept}, and it goes.
	 */
	public static Command merge(EditingDomain domain, CorpusStore store, Entity kept, Entity duplicate) throws CorpusException {
		if (kept == duplicate) {
			throw new IllegalArgumentException("an entity cannot be merged into itself");
		}
		CompoundCommand command = new CompoundCommand("Merge \"" + duplicate.getCanonicalName() + "\" into \"" + kept.getCanonicalName() + "\"");
		List<String> names = new ArrayList<>();
		names.add(duplicate.getCanonicalName());
		names.addAll(duplicate.getAliases());
		names.removeIf(n -> n == null || n.equalsIgnoreCase(kept.getCanonicalName()) || kept.getAliases().contains(n));
		if (!names.isEmpty()) {
			command.append(AddCommand.create(domain, kept, P.getEntity_Aliases(), names));
		}
		for (DocumentContent content : CorpusContents.annotated(store)) {
			for (Claim claim : content.getClaims()) {
				if (claim.getSpeaker() == duplicate) {
					command.append(SetCommand.create(domain, claim, P.getClaim_Speaker(), kept));
				}
				if (claim.getVia() == duplicate) {
					command.append(SetCommand.create(domain, claim, P.getClaim_Via(), kept));
				}
			}
			content.getMentions().stream().filter(m -> m.getEntity() == duplicate)
					.forEach(m -> command.append(SetCommand.create(domain, m, P.getMention_Entity(), kept)));
		}
		command.append(RemoveCommand.create(domain, store.getCorpus(), P.getCorpus_Entities(), duplicate));
		return command;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
