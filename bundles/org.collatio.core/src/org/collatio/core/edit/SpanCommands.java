/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.Date;
import java.util.List;

import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands that change span annotations, for every view and editor to execute on the one
 * editing domain (so each change is undoable and marks the corpus dirty). Offsets are UTF-16 code
 * units into the document text, end exclusive.
 */
public final class SpanCommands {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private SpanCommands() {
	}

	/**
	 * Tags [begin, end): adds the tag to the span that covers exactly that range, or creates a new
	 * span. Returns null when there is nothing to do (empty range, or the span has the tag already).
	 */
	public static Command tag(EditingDomain domain, DocumentContent content, int begin, int end, Tag tag) {
		if (begin < 0 || end > content.getText().length() || begin >= end) {
			return null;
		}
		SpanAnnotation existing = exactSpan(content, begin, end);
		if (existing != null) {
			return existing.getTags().contains(tag) ? null : addTag(domain, existing, tag);
		}
		SpanAnnotation span = newSpan(content, begin, end, tag);
		return Commands.labelled("Tag \"" + tag.getName() + "\"", addSpan(domain, content, span));
	}

	/** A new span over [begin, end) with {@code tag} (none if null), not in the document yet: see {@link #addSpan}. */
	public static SpanAnnotation newSpan(DocumentContent content, int begin, int end, Tag tag) {
		SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.setId(EcoreUtil.generateUUID());
		span.setBegin(begin);
		span.setEnd(end);
		if (tag != null) {
			span.getTags().add(tag);
		}
		Date now = new Date();
		span.setCreated(now);
		span.setModified(now);
		span.setAnnotator(coderOf(content));
		return span;
	}

	/** Adds a span made by {@link #newSpan} to its document. */
	public static Command addSpan(EditingDomain domain, DocumentContent content, SpanAnnotation span) {
		return AddCommand.create(domain, content, P.getDocumentContent_Spans(), span);
	}

	/** Adds a tag to a span. */
	public static Command addTag(EditingDomain domain, SpanAnnotation span, Tag tag) {
		CompoundCommand command = new CompoundCommand("Add Tag \"" + tag.getName() + "\"");
		command.append(AddCommand.create(domain, span, P.getSpanAnnotation_Tags(), tag));
		command.append(SetCommand.create(domain, span, P.getSpanAnnotation_Modified(), new Date()));
		return command;
	}

	/** Removes a tag from a span; removing its last tag removes the span. */
	public static Command removeTag(EditingDomain domain, SpanAnnotation span, Tag tag) {
		if (span.getTags().size() <= 1) {
			return delete(domain, List.of(span));
		}
		CompoundCommand command = new CompoundCommand("Remove Tag \"" + tag.getName() + "\"");
		command.append(RemoveCommand.create(domain, span, P.getSpanAnnotation_Tags(), tag));
		command.append(SetCommand.create(domain, span, P.getSpanAnnotation_Modified(), new Date()));
		return command;
	}

	/** Deletes spans (with every tag and note on them). */
	public static Command delete(EditingDomain domain, List<SpanAnnotation> spans) {
		if (spans.isEmpty()) {
			return null;
		}
		DocumentContent content = (DocumentContent) spans.get(0).eContainer();
		return Commands.labelled(spans.size() == 1 ? "Delete Span" : "Delete " + spans.size() + " Spans",
				RemoveCommand.create(domain, content, P.getDocumentContent_Spans(), spans));
	}

	/** Sets (or, with a blank note, clears) the note of a span. */
	public static Command setNote(EditingDomain domain, SpanAnnotation span, String note) {
		CompoundCommand command = new CompoundCommand("Edit Note");
		command.append(SetCommand.create(domain, span, P.getSpanAnnotation_Note(), note == null || note.isBlank() ? null : note));
		command.append(SetCommand.create(domain, span, P.getSpanAnnotation_Modified(), new Date()));
		return command;
	}

	/** Who is coding in the store that holds {@code context} (stamped on what a command creates), or null. */
	static org.collatio.model.Annotator coderOf(org.eclipse.emf.ecore.EObject context) {
		org.collatio.core.store.CorpusStore store = org.collatio.core.store.CorpusStore.of(context);
		return store == null ? null : store.getCoder();
	}


	/** The span covering exactly [begin, end), if any. */
	public static SpanAnnotation exactSpan(DocumentContent content, int begin, int end) {
		for (SpanAnnotation span : content.getSpans()) {
			if (span.getBegin() == begin && span.getEnd() == end) {
				return span;
			}
		}
		return null;
	}

	/** The spans containing an offset (begin &lt;= offset &lt; end), innermost (shortest) first. */
	public static List<SpanAnnotation> spansAt(DocumentContent content, int offset) {
		return content.getSpans().stream().filter(s -> s.getBegin() <= offset && offset < s.getEnd())
				.sorted((a, b) -> Integer.compare(a.getEnd() - a.getBegin(), b.getEnd() - b.getBegin())).toList();
	}
}
