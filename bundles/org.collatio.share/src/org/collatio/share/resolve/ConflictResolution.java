/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.resolve;

import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.collatio.share.merge.Conflict;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Resolves the conflicts a merge left (see {@link Conflict}): the merged model holds my value, so
 * choosing mine changes nothing; choosing theirs, or a value of one's own, sets the field; for an
 * object one side deleted and the other changed, the choice is to keep it (nothing to do) or delete
 * it. Each resolution is an EMF command on the session's domain, so it is undone like any edit.
 * Values are read as the merge wrote them: an attribute in EMF's string form, a reference as its
 * target's id, a list as {@code [a, b]}.
 */
public final class ConflictResolution {

	/** What the researcher chose for a conflict. */
	public sealed interface Choice {
	}

	/** Keep what the merged model holds (mine, or the kept object). */
	public record Keep() implements Choice {
	}

	/** Set the field to this value (theirs, or one typed by the researcher); null unsets it. */
	public record Value(String text) implements Choice {
	}

	/** Delete the object (for a deletion against an edit). */
	public record Delete() implements Choice {
	}

	private ConflictResolution() {
	}

	/**
	 * One command resolving every chosen conflict (Edit &gt; Undo takes the whole resolution back), or
	 * null when no choice changes the model.
	 */
	public static Command command(EditingDomain domain, CorpusStore store, java.util.Map<Conflict, Choice> choices) throws CorpusException {
		CompoundCommand command = new CompoundCommand("Resolve Conflicts");
		for (java.util.Map.Entry<Conflict, Choice> choice : choices.entrySet()) {
			Command one = command(domain, store, choice.getKey(), choice.getValue());
			if (one != null) {
				command.append(one);
			}
		}
		return command.isEmpty() ? null : command;
	}

	/**
	 * The command that applies a choice, or null when there is nothing to change (keep), or the
	 * conflict is in a file this store does not edit (another coder's layer: that coder resolves it).
	 */
	public static Command command(EditingDomain domain, CorpusStore store, Conflict conflict, Choice choice) throws CorpusException {
		if (choice instanceof Keep) {
			return null;
		}
		Resource resource = resourceOf(store, conflict.path());
		EObject object = resource == null ? null : resource.getEObject(conflict.id());
		if (object == null) {
			return null;
		}
		if (choice instanceof Delete) {
			return DeleteCommand.create(domain, object);
		}
		EStructuralFeature feature = conflict.feature() == null ? null : object.eClass().getEStructuralFeature(conflict.feature());
		if (feature == null || !feature.isChangeable()) {
			return null;
		}
		Object value = parse(feature, ((Value) choice).text(), resource, store);
		CompoundCommand command = new CompoundCommand("Resolve Conflict (" + conflict.kind() + " " + conflict.feature() + ")");
		command.append(SetCommand.create(domain, object, feature, value == null && feature.isMany() ? List.of() : value == null ? SetCommand.UNSET_VALUE : value));
		return command;
	}

	/** The live resource of a conflict's file: corpus.xmi, or the annotation file of the layer the store works on. */
	private static Resource resourceOf(CorpusStore store, String path) throws CorpusException {
		if ("corpus.xmi".equals(path)) {
			return store.getCorpus().eResource();
		}
		String file = path.substring(path.lastIndexOf('/') + 1);
		var parsed = org.collatio.core.store.CorpusLayout.parse(file).orElse(null);
		if (parsed == null || !java.util.Objects.equals(parsed.layer(), store.getLayout().layer())) {
			return null;
		}
		Document document = store.findDocument(parsed.documentId());
		return document == null ? null : store.getContent(document).eResource();
	}

	private static Object parse(EStructuralFeature feature, String text, Resource resource, CorpusStore store) {
		if (text == null) {
			return null;
		}
		if (!feature.isMany()) {
			return one(feature, text, resource, store);
		}
		String inner = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		List<Object> values = new ArrayList<>();
		if (!inner.isBlank()) {
			for (String part : inner.split(", ")) {
				Object value = one(feature, part, resource, store);
				if (value != null) {
					values.add(value);
				}
			}
		}
		return values;
	}

	private static Object one(EStructuralFeature feature, String text, Resource resource, CorpusStore store) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
		}
		EReference reference = (EReference) feature;
		EObject target = resource.getEObject(text);
		if (target == null) {
			target = store.getCorpus().eResource().getEObject(text);
		}
		return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
	}
}
