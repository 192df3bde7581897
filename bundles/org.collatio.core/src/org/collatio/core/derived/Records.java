/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.collatio.model.Claim;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Takes the records of one document's annotations. Works on a live document content (on the thread
 * that owns it, in time proportional to that one document) and on one loaded into a private resource
 * set from its files: references into corpus.xmi are read as ids without being resolved, so the
 * corpus file is never loaded for it.
 */
public final class Records {

	/** The stamp of records taken from the model in memory. */
	public static final String LIVE = "live";

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private Records() {
	}

	/** The records of a document content; {@code stamp} says what they were read from. */
	public static DocumentRecords of(String documentId, DocumentContent content, String stamp) {
		String text = content.getText() == null ? "" : content.getText();
		List<ClaimRecord> claims = new ArrayList<>(content.getClaims().size());
		for (Claim claim : content.getClaims()) {
			StringBuilder quote = new StringBuilder();
			int begin = -1;
			int end = -1;
			for (SpanAnnotation span : claim.getSpans()) {
				if (span.eIsProxy() || span.getBegin() < 0 || span.getEnd() > text.length() || span.getEnd() < span.getBegin()) {
					continue;
				}
				if (begin < 0) {
					begin = span.getBegin();
					end = span.getEnd();
				}
				if (!quote.isEmpty()) {
					quote.append(" \u2026 ");
				}
				quote.append(text, span.getBegin(), span.getEnd());
			}
			claims.add(new ClaimRecord(documentId, claim.getId(), begin, end, quote.toString(), id(claim, P.getClaim_Speaker()),
					id(claim, P.getClaim_Via()), id(claim, P.getClaim_Proposition()), claim.getStance(), claim.getKind(), claim.getWhenStated(),
					claim.getWhenDate(), claim.getParaphrase()));
		}
		List<MentionRecord> mentions = new ArrayList<>(content.getMentions().size());
		for (Mention mention : content.getMentions()) {
			SpanAnnotation span = mention.getSpan();
			boolean placed = span != null && !span.eIsProxy();
			boolean inText = placed && span.getBegin() >= 0 && span.getEnd() <= text.length() && span.getBegin() <= span.getEnd();
			mentions.add(new MentionRecord(documentId, mention.getId(), id(mention, P.getMention_Entity()), inText ? span.getBegin() : -1,
					inText ? span.getEnd() : -1, inText ? text.substring(span.getBegin(), span.getEnd()) : ""));
		}
		return new DocumentRecords(documentId, stamp, claims, mentions);
	}

	/** The id of the object a reference points at, without resolving it when it is a proxy. */
	static String id(EObject owner, EReference reference) {
		EObject target = (EObject) owner.eGet(reference, false);
		if (target == null) {
			return null;
		}
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return EcoreUtil.getID(target);
	}

	/** What identifies a version of a file: its size and modification time; null when it does not exist. */
	public static String stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
		} catch (IOException e) {
			return null;
		}
	}
}
