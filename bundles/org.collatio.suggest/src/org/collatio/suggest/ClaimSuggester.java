/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Suggests the claims a document reports: quotations and reported speech with their speaker, the
 * agency that relays them, the kind, the stated time and a confidence. Works on plain values, so it
 * runs on any thread; one instance may be shared by many threads (each thread gets its own OpenNLP
 * tools, made from the models loaded once).
 */
public final class ClaimSuggester {

	private static final ThreadLocal<TextAnalysis> ANALYSIS = ThreadLocal.withInitial(TextAnalysis::new);

	/**
	 * The suggestions for one document's text, in text order. {@code known} are the corpus's
	 * entities a speaker is matched to.
	 */
	public List<Suggestion> suggest(String text, List<KnownSpeaker> known) {
		List<Suggestion> result = new ArrayList<>();
		Speakers speakers = new Speakers(known);
		Map<Finding, Speakers.Resolved> resolved = new IdentityHashMap<>();
		Finding last = null;
		for (Paragraph p : ANALYSIS.get().paragraphs(text)) {
			SpeechRules rules = new SpeechRules(p);
			List<Finding> findings = rules.find(last);
			// pronouns are resolved in reading order, among speakers and the named subjects of other verbs
			List<Object> events = new ArrayList<>(findings);
			events.addAll(rules.subjects());
			events.sort(Comparator.comparingInt(ClaimSuggester::position));
			for (Object e : events) {
				if (e instanceof SpeechRules.Subject s) {
					speakers.noteSubject(s.name(), s.plural());
					continue;
				}
				Finding f = (Finding) e;
				Speakers.Resolved who = f.continues() != null ? resolved.get(f.continues())
						: speakers.resolve(f.speaker(), f.pronoun(), f.plural());
				if (who == null) {
					continue;
				}
				resolved.put(f, who);
				last = f;
				String when = StatedTime.in(p.tokens(), f.clauseFrom(), f.clauseTo(), text);
				result.add(new Suggestion(f.begin(), f.end(), text.substring(f.begin(), f.end()), who.name(), who.id(), f.mentionBegin(),
						f.mentionEnd(), f.via(), f.kind(), when, f.confidence()));
			}
		}
		result.sort(Comparator.comparingInt(Suggestion::begin));
		return withoutContained(result);
	}

	/**
	 * The suggestions for many documents' texts, in the same order, computed in parallel (one
	 * document a task, on every core). Throws {@link OperationCanceledException} when the monitor is
	 * cancelled (it may be null).
	 */
	public List<List<Suggestion>> suggestAll(List<String> texts, List<KnownSpeaker> known, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Suggesting claims", texts.size());
		AtomicInteger done = new AtomicInteger();
		ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
		try {
			return pool.submit(() -> texts.parallelStream().map(text -> {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				List<Suggestion> one = suggest(text, known);
				done.incrementAndGet();
				return one;
			}).toList()).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
			progress.worked(done.get());
		}
	}

	private static int position(Object event) {
		if (event instanceof SpeechRules.Subject s) {
			return s.begin();
		}
		Finding f = (Finding) event;
		return f.continues() != null ? f.begin() : f.mentionBegin();
	}

	/** Drops a suggestion lying inside another one of the same speaker (a quotation inside reported speech). */
	private static List<Suggestion> withoutContained(List<Suggestion> all) {
		List<Suggestion> kept = new ArrayList<>();
		for (Suggestion s : all) {
			boolean inside = false;
			for (Suggestion o : all) {
				if (o != s && o.begin() <= s.begin() && s.end() <= o.end() && (o.end() - o.begin() > s.end() - s.begin())
						&& o.speaker().equals(s.speaker())) {
					inside = true;
					break;
				}
			}
			if (!inside) {
				kept.add(s);
			}
		}
		return kept;
	}
}
