/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * General English verbs of reporting, by word form. What follows the verb differs by class: what
 * was said ("said that ..."), a hearer and then what was said ("told reporters ..."), an accused
 * and the charge ("accused Baku of ..."), or a relay ("quoted X as saying ...").
 */
final class ReportingVerbs {

	enum Role {
		/** say, claim, insist: what is said follows. */
		SAY,
		/** tell, assure, urge: a hearer, then what is said. */
		TELL,
		/** accuse, blame, criticise: the accused and the charge are the claim. */
		ACCUSE,
		/** quote, cite: "X quoted Y as saying". */
		RELAY,
		/** report: an outlet states it. */
		REPORT
	}

	private static final Map<String, Role> FORMS = new HashMap<>();

	static {
		say("say", "says", "said", "saying");
		say("claim", "claims", "claimed", "claiming");
		say("insist", "insists", "insisted", "insisting");
		say("deny", "denies", "denied", "denying");
		say("warn", "warns", "warned", "warning");
		say("add", "adds", "added", "adding");
		say("argue", "argues", "argued", "arguing");
		say("state", "states", "stated");
		say("announce", "announces", "announced");
		say("admit", "admits", "admitted", "admitting");
		say("assert", "asserts", "asserted");
		say("maintain", "maintains", "maintained");
		say("explain", "explains", "explained");
		say("stress", "stresses", "stressed");
		say("suggest", "suggests", "suggested");
		say("predict", "predicts", "predicted");
		say("acknowledge", "acknowledges", "acknowledged");
		say("confirm", "confirms", "confirmed");
		say("allege", "alleges", "alleged");
		say("declare", "declares", "declared");
		say("believe", "believes", "believed");
		say("reply", "replies", "replied");
		say("complain", "complains", "complained");
		say("concede", "concedes", "conceded");
		say("promise", "promises", "promised");
		say("pledge", "pledges", "pledged");
		say("vow", "vows", "vowed");
		say("write", "writes", "wrote");
		say("reveal", "reveals", "revealed");
		say("signal", "signals", "signalled", "signaled");
		say("indicate", "indicates", "indicated");
		say("agree", "agrees", "agreed");
		say("hint", "hints", "hinted");
		say("fear", "fears", "feared");
		say("urge", "urges", "urged", "urging");
		say("propose", "proposes", "proposed");
		say("question", "questions", "questioned");
		say("ask", "asks", "asked");
		say("underline", "underlines", "underlined");
		say("underscore", "underscores", "underscored");
		say("retort", "retorts", "retorted");
		say("joke", "jokes", "joked");
		say("conclude", "concludes", "concluded");
		say("recall", "recalls", "recalled");
		say("highlight", "highlights", "highlighted");
		say("threaten", "threatens", "threatened");
		say("feel", "feels", "felt");
		say("find", "finds", "found");
		say("show", "shows", "showed");
		say("think", "thinks", "thought");
		say("recommend", "recommends", "recommended");
		say("demand", "demanded");
		say("noted");
		say("estimated");
		say("forecasted");
		say("reiterate", "reiterates", "reiterated");
		say("observe", "observes", "observed");
		say("remarked");
		say("commented");
		say("caution", "cautions", "cautioned");
		say("contend", "contends", "contended");
		say("countered");
		say("boast", "boasts", "boasted");
		say("speculate", "speculates", "speculated");
		say("protested");
		say("concur", "concurs", "concurred");
		accuse("dismiss", "dismisses", "dismissed", "dismissing");
		accuse("reject", "rejects", "rejected", "rejecting");
		accuse("hail", "hails", "hailed", "hailing");
		accuse("label", "labels", "labelled", "labeled");
		accuse("call", "calls", "called", "calling");
		tell("advise", "advises", "advised");
		tell("notify", "notifies", "notified");
		tell("reassure", "reassures", "reassured");
		accuse("describe", "describes", "described");
		accuse("brand", "brands", "branded");
		accuse("dub", "dubs", "dubbed");
		tell("challenge", "challenges", "challenged");
		tell("tell", "tells", "told", "telling");
		tell("assure", "assures", "assured");
		tell("inform", "informs", "informed");
		tell("remind", "reminds", "reminded");
		accuse("accuse", "accuses", "accused", "accusing");
		accuse("blame", "blames", "blamed", "blaming");
		accuse("criticise", "criticises", "criticised", "criticising");
		accuse("criticize", "criticizes", "criticized", "criticizing");
		accuse("charge", "charges", "charged");
		accuse("attack", "attacks", "attacked");
		accuse("condemn", "condemns", "condemned");
		accuse("praise", "praises", "praised");
		relay("quote", "quotes", "quoted");
		relay("cite", "cites", "cited");
		report("report", "reports", "reported");
	}

	private ReportingVerbs() {
	}

	/** The role of a word form, or null when it is not a reporting verb. */
	static Role roleOf(String form) {
		return FORMS.get(form.toLowerCase(Locale.ROOT));
	}

	/**
	 * A reporting verb of more than one word at token {@code i} ("made it clear", "made clear",
	 * "pointed out"): the index after its last word, or -1.
	 */
	static int phraseEnd(List<Token> t, int i) {
		String f = t.get(i).text().toLowerCase(Locale.ROOT);
		boolean make = f.equals("make") || f.equals("makes") || f.equals("made") || f.equals("making");
		boolean point = f.equals("point") || f.equals("points") || f.equals("pointed") || f.equals("pointing");
		if (make && i + 2 < t.size() && t.get(i + 1).is("it") && t.get(i + 2).is("clear")) {
			return i + 3;
		}
		if (make && i + 1 < t.size() && t.get(i + 1).is("clear")) {
			return i + 2;
		}
		return point && i + 1 < t.size() && t.get(i + 1).is("out") ? i + 2 : -1;
	}

	/** Whether the verb does not report when it is followed by {@code next}: "called off", "called in", "added to". */
	static boolean isParticleUse(Token verb, Token next) {
		String f = verb.text().toLowerCase(Locale.ROOT);
		if (f.startsWith("add") && next.is("to")) {
			return true;
		}
		return f.startsWith("call") && ("ADP".equals(next.tag()) || "ADV".equals(next.tag())) && !next.is("for") && !next.is("on") && !next.is("upon");
	}

	private static final java.util.Set<String> AS_ONLY = java.util.Set.of("dismiss", "dismisses", "dismissed", "dismissing", "reject",
			"rejects", "rejected", "rejecting", "hail", "hails", "hailed", "hailing", "label", "labels", "labelled", "labeled");

	/** Verbs that report only as "X as Y" or "that ..." ("dismissed the report as a smear"); else they only dismiss or hail something. */
	static boolean needsAsOrThat(String form) {
		return AS_ONLY.contains(form.toLowerCase(Locale.ROOT));
	}

	private static final java.util.Set<String> NOUNS = java.util.Set.of("claim", "claims", "assertion", "assertions", "allegation",
			"allegations", "denial", "denials", "warning", "warnings", "ruling", "insistence", "admission", "assurance", "assurances",
			"promise", "pledge", "argument", "suggestion", "prediction", "forecast", "conclusion", "finding", "findings", "complaint",
			"statement", "announcement", "contention", "view", "charge", "accusation", "accusations", "verdict", "judgment", "judgement");

	private static final java.util.Set<String> THAT_ONLY = java.util.Set.of("find", "finds", "found", "show", "shows", "showed", "think",
			"thinks", "thought");

	/** Verbs that report only with "that" right after them ("found that", "shows that"); else they find, show or think. */
	static boolean needsThat(String form) {
		return THAT_ONLY.contains(form.toLowerCase(Locale.ROOT));
	}

	private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("report", "reports", "survey", "surveys", "study", "studies",
			"research", "poll", "polls", "book", "investigation", "inquiry", "review", "paper", "article", "analysis", "audit", "statement",
			"letter", "document", "documents", "memo", "e-mail", "email", "figures", "statistics", "data", "filing", "ruling", "judgment");

	/** A text or a piece of research: what it states is an outlet's assertion ("a survey found that", "reports say"). */
	static boolean isDocument(Token head) {
		return DOCUMENTS.contains(head.text().toLowerCase(Locale.ROOT));
	}

	/** A noun of saying whose "that" clause is what was said ("the Law Lords' ruling that ..."); the caller checks the possessive before it. */
	static boolean isSpeechNoun(Token t) {
		return NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
	}

	/** Verbs whose infinitive complement is what is claimed ("urged X to", "threatened to", "promised to"). */
	static boolean announcesIntent(String form) {
		String f = form.toLowerCase(Locale.ROOT);
		return f.startsWith("urg") || f.startsWith("threaten") || f.startsWith("promis") || f.startsWith("vow") || f.startsWith("pledg");
	}

	static boolean isReporting(Token token) {
		return roleOf(token.text()) != null && ("VERB".equals(token.tag()) || "AUX".equals(token.tag()));
	}

	private static void say(String... forms) {
		put(Role.SAY, forms);
	}

	private static void tell(String... forms) {
		put(Role.TELL, forms);
	}

	private static void accuse(String... forms) {
		put(Role.ACCUSE, forms);
	}

	private static void relay(String... forms) {
		put(Role.RELAY, forms);
	}

	private static void report(String... forms) {
		put(Role.REPORT, forms);
	}

	private static void put(Role role, String... forms) {
		for (String form : forms) {
			FORMS.put(form, role);
		}
	}
}
