/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.HexColour;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Commands that manage a tag set: add, rename, recolour, give a key, re-parent and delete tags.
 * Deleting a tag that spans use takes a {@link DeletePolicy}: the tag is removed from its spans (a
 * span left without tags goes), or the spans are deleted with it. All undoable.
 */
public final class TagCommands {

	/** What deleting a tag in use does to its spans. */
	public enum DeletePolicy {
		/** Take the tag off the spans; spans with no other tag are deleted. */
		REMOVE_FROM_SPANS,
		/** Delete every span that has the tag. */
		DELETE_SPANS
	}

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private TagCommands() {
	}

	/** A new tag under a tag set (top level) or a tag (child); its code follows the parent's. */
	public static Command create(EditingDomain domain, EObject parent, String name, String color, String key) {
		Tag tag = CollatioFactory.eINSTANCE.createTag();
		tag.setId("tag-" + EcoreUtil.generateUUID());
		tag.setName(name);
		tag.setColor(color);
		tag.setKey(key == null || key.isBlank() ? null : key);
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		tag.setCode(parent instanceof Tag parentTag && parentTag.getCode() != null ? parentTag.getCode() + "." + slug : slug);
		EReference feature = parent instanceof TagSet ? P.getTagSet_Tags() : P.getTag_Children();
		CompoundCommand command = new CompoundCommand("New Tag \"" + name + "\"");
		command.append(AddCommand.create(domain, parent, feature, tag));
		return command;
	}

	public static Command rename(EditingDomain domain, Tag tag, String name) {
		return Commands.labelled("Rename Tag", SetCommand.create(domain, tag, P.getTag_Name(), name));
	}

	public static Command recolour(EditingDomain domain, Tag tag, String color) {
		if (HexColour.parse(color).isEmpty()) {
			throw new IllegalArgumentException("a colour is #RRGGBB, not " + color);
		}
		return Commands.labelled("Change Tag Colour", SetCommand.create(domain, tag, P.getTag_Color(), color));
	}

	/** Gives a tag its key (one letter or digit, unique in the corpus), or takes it away with null. */
	public static Command setKey(EditingDomain domain, Tag tag, String key, List<Tag> allTags) {
		String problem = keyProblem(tag, key, allTags);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return Commands.labelled("Set Tag Key", SetCommand.create(domain, tag, P.getTag_Key(), key));
	}

	/** What is wrong with {@code key} as the key of {@code tag} (null: none, which takes the key away), or null when nothing is. */
	public static String keyProblem(Tag tag, String key, List<Tag> allTags) {
		if (key == null) {
			return null;
		}
		if (key.length() != 1 || !Character.isLetterOrDigit(key.charAt(0))) {
			return "a tag key is one letter or digit";
		}
		for (Tag other : allTags) {
			if (other != tag && key.equalsIgnoreCase(other.getKey())) {
				return "the key " + key + " belongs to \"" + other.getName() + "\" already";
			}
		}
		return null;
	}

	/** Moves a tag (with its children) under another tag or to the top level of a tag set. */
	public static Command move(EditingDomain domain, Tag tag, EObject newParent) {
		if (newParent == tag || newParent instanceof Tag target && EcoreUtil.isAncestor(tag, target)) {
			throw new IllegalArgumentException("a tag cannot move under itself");
		}
		EReference feature = newParent instanceof TagSet ? P.getTagSet_Tags() : P.getTag_Children();
		CompoundCommand command = new CompoundCommand("Move Tag \"" + tag.getName() + "\"");
		command.append(RemoveCommand.create(domain, tag.eContainer(), tag.eContainmentFeature(), tag));
		command.append(AddCommand.create(domain, newParent, feature, tag));
		return command;
	}

	/** The spans, in every document of the corpus, that use the tag or one of its children. */
	public static List<SpanAnnotation> usages(CorpusStore store, Tag tag) throws CorpusException {
		Set<Tag> tags = new HashSet<>();
		tags.add(tag);
		tag.eAllContents().forEachRemaining(child -> tags.add((Tag) child));
		List<SpanAnnotation> spans = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			boolean wasLoaded = store.isContentLoaded(document);
			for (SpanAnnotation span : store.getContent(document).getSpans()) {
				if (span.getTags().stream().anyMatch(tags::contains)) {
					spans.add(span);
				}
			}
			if (!wasLoaded && spans.stream().noneMatch(s -> s.eContainer() == document.getContent())) {
				store.unloadContent(document);
			}
		}
		return spans;
	}

	/** Deletes a tag with its children, doing to the spans in {@code usages} what the policy says. */
	public static Command delete(EditingDomain domain, Tag tag, List<SpanAnnotation> usages, DeletePolicy policy) {
		Set<Tag> gone = new HashSet<>();
		gone.add(tag);
		tag.eAllContents().forEachRemaining(child -> gone.add((Tag) child));
		CompoundCommand command = new CompoundCommand("Delete Tag \"" + tag.getName() + "\"");
		List<SpanAnnotation> deleted = new ArrayList<>();
		for (SpanAnnotation span : usages) {
			List<Tag> remaining = span.getTags().stream().filter(t -> !gone.contains(t)).toList();
			if (policy == DeletePolicy.DELETE_SPANS || remaining.isEmpty()) {
				deleted.add(span);
			} else {
				command.append(RemoveCommand.create(domain, span, P.getSpanAnnotation_Tags(),
						span.getTags().stream().filter(gone::contains).toList()));
			}
		}
		for (SpanAnnotation span : deleted) {
			command.append(RemoveCommand.create(domain, span.eContainer(), P.getDocumentContent_Spans(), span));
		}
		command.append(RemoveCommand.create(domain, tag.eContainer(), tag.eContainmentFeature(), tag));
		return command;
	}
}
