/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.collatio.core.derived.ClaimKeys;
import org.collatio.core.edit.SpanCommands;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the command that makes the curated layer hold a coder's version of one range, against the
 * live curated content as it is when the command is built.
 */
final class Acceptance {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private final EditingDomain domain;
	private final DocumentContent curated;
	private final LiveObjects live;
	private final Date now = new Date();

	Acceptance(EditingDomain domain, DocumentContent curated, LiveObjects live) {
		this.domain = domain;
		this.curated = curated;
		this.live = live;
	}

	/** The command, or null when the curated layer holds that version already. {@code wanted} null: no span there. */
	Command accept(int begin, int end, SpanVersion wanted, String layer) {
		SpanAnnotation existing = SpanCommands.exactSpan(curated, begin, end);
		Claim existingClaim = existing == null ? null : LayerVersions.claimOn(curated, existing);
		if (wanted == null) {
			return existing == null ? null : removal(existing);
		}
		if (existing != null && LayerVersions.versionOf(existing, existingClaim, Names.NONE).sameAs(wanted)) {
			return null;
		}
		CompoundCommand command = new CompoundCommand();
		SpanAnnotation span = existing;
		if (span == null) {
			span = newSpan(begin, end, wanted, layer);
			command.append(AddCommand.create(domain, curated, P.getDocumentContent_Spans(), span));
		} else {
			updateSpan(command, span, wanted, layer);
		}
		ClaimVersion claim = wanted.claim();
		if (claim == null && existingClaim != null) {
			removeClaim(command, existingClaim);
		} else if (claim != null && existingClaim == null) {
			command.append(AddCommand.create(domain, curated, P.getDocumentContent_Claims(), newClaim(span, claim, layer)));
		} else if (claim != null) {
			updateClaim(command, existingClaim, claim, layer);
		}
		return command;
	}

	private SpanAnnotation newSpan(int begin, int end, SpanVersion wanted, String layer) {
		SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.setId(EcoreUtil.generateUUID());
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().addAll(tags(wanted));
		span.setNote(wanted.note());
		span.setAnnotator(live.annotator(wanted.annotatorId(), layer));
		span.setCreated(wanted.created() == null ? now : Date.from(wanted.created()));
		span.setModified(now);
		return span;
	}

	private void updateSpan(CompoundCommand command, SpanAnnotation span, SpanVersion wanted, String layer) {
		List<Tag> tags = tags(wanted);
		List<Tag> removed = new ArrayList<>(span.getTags());
		removed.removeAll(tags);
		List<Tag> added = new ArrayList<>(tags);
		added.removeAll(span.getTags());
		if (!removed.isEmpty()) {
			command.append(RemoveCommand.create(domain, span, P.getSpanAnnotation_Tags(), removed));
		}
		if (!added.isEmpty()) {
			command.append(AddCommand.create(domain, span, P.getSpanAnnotation_Tags(), added));
		}
		set(command, span, P.getSpanAnnotation_Note(), wanted.note());
		set(command, span, P.getSpanAnnotation_Annotator(), live.annotator(wanted.annotatorId(), layer));
		set(command, span, P.getSpanAnnotation_Created(), wanted.created() == null ? span.getCreated() : Date.from(wanted.created()));
		set(command, span, P.getSpanAnnotation_Modified(), now);
	}

	/** The live tags of a version (a tag no longer in corpus.xmi is left out). */
	private List<Tag> tags(SpanVersion wanted) {
		List<Tag> tags = new ArrayList<>();
		for (TagRef ref : wanted.tags()) {
			Tag tag = live.tag(ref.id());
			if (tag != null && !tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}

	private Claim newClaim(SpanAnnotation span, ClaimVersion wanted, String layer) {
		Claim claim = CollatioFactory.eINSTANCE.createClaim();
		claim.setId("claim-" + EcoreUtil.generateUUID());
		claim.getSpans().add(span);
		claim.setSpeaker(live.entity(wanted.speakerId()));
		claim.setVia(live.entity(wanted.viaId()));
		claim.setProposition(live.proposition(wanted.propositionId()));
		claim.setStance(wanted.stance());
		claim.setKind(wanted.kind());
		claim.setWhenStated(wanted.whenStated());
		claim.setWhenDate(wanted.whenDate());
		claim.setParaphrase(wanted.paraphrase());
		claim.setAnnotator(live.annotator(wanted.annotatorId(), layer));
		claim.setCreated(wanted.created() == null ? now : Date.from(wanted.created()));
		claim.setModified(now);
		return claim;
	}

	private void updateClaim(CompoundCommand command, Claim claim, ClaimVersion wanted, String layer) {
		set(command, claim, P.getClaim_Speaker(), live.entity(wanted.speakerId()));
		set(command, claim, P.getClaim_Via(), live.entity(wanted.viaId()));
		set(command, claim, P.getClaim_Proposition(), live.proposition(wanted.propositionId()));
		set(command, claim, P.getClaim_Stance(), wanted.stance());
		set(command, claim, P.getClaim_Kind(), wanted.kind());
		set(command, claim, P.getClaim_WhenStated(), wanted.whenStated());
		set(command, claim, P.getClaim_WhenDate(), wanted.whenDate());
		set(command, claim, P.getClaim_Paraphrase(), wanted.paraphrase());
		set(command, claim, P.getClaim_Annotator(), live.annotator(wanted.annotatorId(), layer));
		set(command, claim, P.getClaim_Created(), wanted.created() == null ? claim.getCreated() : Date.from(wanted.created()));
		set(command, claim, P.getClaim_Modified(), now);
	}

	/** Sets a feature when its value changes (an unchanged value adds nothing to undo). */
	private void set(CompoundCommand command, EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			command.append(SetCommand.create(domain, owner, feature, value));
		}
	}

	/** Removes a curated span: claims backed by it alone go (with their relations), others lose it; its mentions go. */
	private Command removal(SpanAnnotation span) {
		CompoundCommand command = new CompoundCommand();
		for (Claim claim : curated.getClaims()) {
			if (claim.getSpans().contains(span)) {
				if (claim.getSpans().size() == 1) {
					removeClaim(command, claim);
				} else {
					command.append(RemoveCommand.create(domain, claim, P.getClaim_Spans(), span));
				}
			}
		}
		List<Mention> mentions = curated.getMentions().stream().filter(m -> m.getSpan() == span).toList();
		if (!mentions.isEmpty()) {
			command.append(RemoveCommand.create(domain, curated, P.getDocumentContent_Mentions(), mentions));
		}
		command.append(RemoveCommand.create(domain, curated, P.getDocumentContent_Spans(), span));
		return command;
	}

	/**
	 * Removes a curated claim and the relations of the corpus that link it (found by key: relations of
	 * other layers are never resolved).
	 */
	private void removeClaim(CompoundCommand command, Claim claim) {
		String key = ClaimKeys.of(claim);
		List<ClaimRelation> relations = key == null ? List.of()
				: live.corpus.getRelations().stream().filter(r -> key.equals(ClaimKeys.of(r, P.getClaimRelation_Source()))
						|| key.equals(ClaimKeys.of(r, P.getClaimRelation_Target()))).toList();
		if (!relations.isEmpty()) {
			command.append(RemoveCommand.create(domain, live.corpus, P.getCorpus_Relations(), relations));
		}
		command.append(RemoveCommand.create(domain, curated, P.getDocumentContent_Claims(), claim));
	}
}
