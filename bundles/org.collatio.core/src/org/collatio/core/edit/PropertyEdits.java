/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.collatio.core.store.HexColour;
import org.collatio.core.store.PartialDate;
import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.Verdict;
import org.collatio.model.edit.ModelLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One property of a model object changed on its own, as the Properties view does it: which features
 * a researcher may change there, how a value is entered, what is wrong with a value (the same checks
 * as the dialogs: {@link PartialDate}, {@link HexColour}, tag keys, required names) and the command that
 * changes it. The command is the one the dialogs and views use ({@link DocumentMetadataEdit},
 * {@link ClaimCommands}, {@link TagCommands}, ...), so the Edit menu, undo and the saved files agree.
 * <p>
 * Ids, offsets, texts, time stamps, who made what and the tags of a span are not editable here:
 * offsets and texts never change, and the rest is the business of the editor and the Tags view.
 */
public final class PropertyEdits {

	/** How a value of an editable feature is entered. */
	public enum Input {
		/** Typed text; a list (an entity's aliases) is written comma-separated, blank means none. */
		TEXT,
		/** One of {@link PropertyEdits#choices}: an enum literal, or an entity or proposition of the corpus. */
		CHOICE
	}

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private static final Set<EStructuralFeature> TEXT = Set.of(P.getCorpus_Name(), P.getCorpus_Description(), P.getDocument_Title(),
			P.getDocument_Outlet(), P.getDocument_Author(), P.getDocument_Url(), P.getDocument_PublicationDate(), P.getDocument_Language(),
			P.getTagSet_Name(), P.getTagSet_Description(), P.getTag_Name(), P.getTag_Description(), P.getTag_Color(), P.getTag_Key(),
			P.getEntity_CanonicalName(), P.getEntity_Aliases(), P.getEntity_Description(), P.getSpanAnnotation_Note(),
			P.getClaim_WhenStated(), P.getClaim_WhenDate(), P.getClaim_Paraphrase(), P.getProposition_Statement(),
			P.getProposition_VerdictNote(), P.getProposition_Notes(), P.getClaimRelation_Rationale(), P.getAnnotator_Name());

	private static final Set<EStructuralFeature> CHOICE = Set.of(P.getEntity_Kind(), P.getClaim_Speaker(), P.getClaim_Via(),
			P.getClaim_Proposition(), P.getClaim_Stance(), P.getClaim_Kind(), P.getProposition_Verdict(), P.getClaimRelation_Kind(),
			P.getMention_Entity());

	/** Text that may not be blank. */
	private static final Set<EStructuralFeature> REQUIRED = Set.of(P.getCorpus_Name(), P.getDocument_Title(), P.getTagSet_Name(),
			P.getTag_Name(), P.getEntity_CanonicalName(), P.getProposition_Statement(), P.getAnnotator_Name());

	private PropertyEdits() {
	}

	/** How {@code feature} is entered in the Properties view, or null when it is not changed there. */
	public static Input input(EStructuralFeature feature) {
		return TEXT.contains(feature) ? Input.TEXT : CHOICE.contains(feature) ? Input.CHOICE : null;
	}

	/** Whether the Properties view changes {@code feature}. */
	public static boolean isEditable(EStructuralFeature feature) {
		return input(feature) != null;
	}

	/**
	 * What may be chosen for a {@link Input#CHOICE} feature of {@code object}: the enum's literals,
	 * or the entities or propositions of its corpus (by name), null first when the feature may be empty.
	 */
	public static List<Object> choices(EObject object, EStructuralFeature feature) {
		List<Object> choices = new ArrayList<>();
		if (feature.getEType() instanceof EEnum type) {
			type.getELiterals().forEach(literal -> choices.add(literal.getInstance()));
			return choices;
		}
		if (feature.getLowerBound() == 0) {
			choices.add(null);
		}
		if (EcoreUtil.getRootContainer(object) instanceof Corpus corpus) {
			if (feature.getEType() == P.getEntity()) {
				corpus.getEntities().stream().sorted(java.util.Comparator.comparing(e -> Objects.toString(e.getCanonicalName(), "")))
						.forEach(choices::add);
			} else if (feature.getEType() == P.getProposition()) {
				choices.addAll(corpus.getPropositions());
			}
		}
		return choices;
	}

	/** The value of a {@link Input#TEXT} feature as it is edited: "" for none, aliases comma-separated. */
	public static String text(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value == null ? "" : value.toString();
	}

	/**
	 * What is wrong with {@code value} for {@code feature} of {@code object} (a sentence naming the
	 * property), or null when nothing is. {@code value} is a String for {@link Input#TEXT}, one of the
	 * {@linkplain #choices choices} for {@link Input#CHOICE}.
	 */
	public static String problem(EObject object, EStructuralFeature feature, Object value) {
		Input input = input(feature);
		if (input == null || !feature.getEContainingClass().isInstance(object)) {
			return ModelLabels.feature(feature) + " is not changed here.";
		}
		String name = ModelLabels.feature(feature);
		if (input == Input.CHOICE) {
			boolean required = feature.getLowerBound() > 0 || feature.getEType() instanceof EEnum;
			return value == null && required || value != null && !choices(object, feature).contains(value)
					? name + " must be one of the choices offered." : null;
		}
		if (value != null && !(value instanceof String)) {
			return name + " is text.";
		}
		String text = value == null ? "" : ((String) value).strip();
		if (REQUIRED.contains(feature) && text.isEmpty()) {
			return name + " cannot be empty.";
		}
		if (text.isEmpty()) {
			return null;
		}
		if (feature == P.getDocument_PublicationDate() || feature == P.getClaim_WhenDate()) {
			String problem = PartialDate.problem(text);
			return problem == null ? null : name + ": " + problem + "; write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty when unknown.";
		}
		if (feature == P.getTag_Color() && HexColour.parse(text).isEmpty()) {
			return name + ": \"" + text + "\" is not a colour; write #RRGGBB, such as #1F77B4.";
		}
		if (feature == P.getTag_Key()) {
			String problem = TagCommands.keyProblem((Tag) object, text, tagsOf(object));
			return problem == null ? null : name + ": " + problem + ".";
		}
		return null;
	}

	/**
	 * The command that gives {@code feature} of {@code object} the value {@code value}, or null when
	 * it has it already (blank text: none).
	 *
	 * @throws IllegalArgumentException with the {@linkplain #problem problem} when the value is not acceptable
	 */
	public static Command command(EditingDomain domain, EObject object, EStructuralFeature feature, Object value) {
		String problem = problem(object, feature, value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		Object newValue = value instanceof String text ? blankToNull(text) : value;
		if (feature == P.getEntity_Aliases()) {
			return ClaimCommands.setAliases(domain, (Entity) object, (String) value);
		}
		if (Objects.equals(newValue, object.eGet(feature))) {
			return null;
		}
		if (object instanceof Document document) {
			return documentField(domain, document, feature, (String) newValue);
		}
		return changeOf(domain, object, feature, newValue);
	}

	private static Command changeOf(EditingDomain domain, EObject object, EStructuralFeature feature, Object value) {
		if (feature == P.getEntity_CanonicalName()) {
			return ClaimCommands.renameEntity(domain, (Entity) object, (String) value);
		}
		if (feature == P.getProposition_Statement()) {
			return ClaimCommands.renameProposition(domain, (Proposition) object, (String) value);
		}
		if (object instanceof Proposition proposition && (feature == P.getProposition_Verdict() || feature == P.getProposition_VerdictNote())) {
			return feature == P.getProposition_Verdict() ? ClaimCommands.setVerdict(domain, proposition, (Verdict) value, proposition.getVerdictNote())
					: ClaimCommands.setVerdict(domain, proposition, proposition.getVerdict(), (String) value);
		}
		if (object instanceof ClaimRelation relation) {
			return feature == P.getClaimRelation_Kind() ? ClaimCommands.editRelation(domain, relation, (RelationKind) value, relation.getRationale())
					: ClaimCommands.editRelation(domain, relation, relation.getKind(), (String) value);
		}
		if (object instanceof Tag tag && feature != P.getTag_Description()) {
			return feature == P.getTag_Name() ? TagCommands.rename(domain, tag, (String) value)
					: feature == P.getTag_Color() ? TagCommands.recolour(domain, tag, (String) value)
							: TagCommands.setKey(domain, tag, (String) value, tagsOf(tag));
		}
		if (object instanceof SpanAnnotation span) {
			return SpanCommands.setNote(domain, span, (String) value);
		}
		if (object instanceof Annotator coder) {
			return CoderCommands.rename(domain, coder, (String) value);
		}
		CompoundCommand command = new CompoundCommand("Set " + ModelLabels.feature(feature));
		command.append(SetCommand.create(domain, object, feature, value));
		if (object instanceof Claim) {
			command.append(SetCommand.create(domain, object, P.getClaim_Modified(), new Date()));
		}
		return command;
	}

	private static Command documentField(EditingDomain domain, Document document, EStructuralFeature feature, String value) {
		for (DocumentMetadataEdit.Field field : DocumentMetadataEdit.Field.values()) {
			if (field.attribute() == feature) {
				return DocumentMetadataEdit.command(domain, document, Map.of(field, value == null ? "" : value));
			}
		}
		throw new IllegalArgumentException(ModelLabels.feature(feature) + " is not changed here.");
	}

	private static List<Tag> tagsOf(EObject object) {
		return EcoreUtil.getRootContainer(object) instanceof Corpus corpus ? Tags.all(corpus) : List.of();
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}
}
