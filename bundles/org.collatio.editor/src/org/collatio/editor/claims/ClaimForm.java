/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;

import java.util.List;

import org.collatio.core.edit.TypedClaims;
import org.collatio.core.store.PartialDate;
import org.collatio.model.ClaimKind;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the claim form holds, as typed, and its check; the command that makes the claim is built in
 * core ({@link TypedClaims}): names and statements looked up, created when new, in one command.
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

	/** One command: new entities and proposition (if any), then the claim on {@code spans} (built in core). */
	public Command command(EditingDomain domain, Corpus corpus, DocumentContent content, List<SpanAnnotation> spans) {
		if (problem() != null) {
			throw new IllegalArgumentException(problem());
		}
		return TypedClaims.make(domain, corpus, content, spans, typed());
	}

	/**
	 * One command: a span over [begin, end) tagged as a claim (or the span already there), then what
	 * {@link #command} makes on it (accepting a suggested claim).
	 */
	public Command commandForRange(EditingDomain domain, Corpus corpus, DocumentContent content, int begin, int end) {
		if (problem() != null) {
			throw new IllegalArgumentException(problem());
		}
		return TypedClaims.makeOnRange(domain, corpus, content, begin, end, typed());
	}

	private TypedClaims.Typed typed() {
		return new TypedClaims.Typed(speaker, via, whenStated, whenDate, proposition, stance, kind, paraphrase);
	}
}
