/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tags;

import org.collatio.model.CollatioFactory;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;

/**
 * The tag set every new corpus starts with, for comparing how sources report events: what is
 * claimed and quoted, by whom and through whom, the facts that can be checked across accounts
 * (events, dates, numbers, places) and how the outlet frames them. Researchers rename, recolour and
 * extend it; the keys are the one-letter shortcuts of the annotation editor.
 */
public final class DefaultTagSet {

	public static final String ID = "tagset-default";

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	private DefaultTagSet() {
	}

	public static TagSet create() {
		TagSet set = F.createTagSet();
		set.setId(ID);
		set.setName("Collatio default");
		set.setDescription("Claims, their sources, checkable facts and framing.");

		Tag statements = group(set, "statement", "Statements", "What is asserted, and how it is reported", "#F4A261");
		child(statements, "claim", "Claim", "An assertion about events that sources may confirm or contradict", "#F4A261", "c");
		child(statements, "quote", "Quote", "Words reported verbatim, in quotation marks", "#E9C46A", "q");
		child(statements, "reported-speech", "Reported speech", "Words reported indirectly (\"X said that ...\")", "#F6D186", "r");
		child(statements, "denial", "Denial", "An explicit rejection of a claim or accusation", "#E76F51", "x");

		Tag actors = group(set, "actor", "Actors", "Who speaks and who reports", "#8AB17D");
		child(actors, "speaker", "Speaker", "The person or body a statement is attributed to", "#8AB17D", "s");
		child(actors, "agency", "Reporting agency", "The outlet or agency through which a statement is relayed (Interfax, RIA Novosti)", "#A7C957", "a");
		child(actors, "organization", "Organization", "A state, institution, alliance or company", "#6A994E", "o");

		Tag facts = group(set, "fact", "Facts", "Details that can be compared across accounts", "#7FB7BE");
		child(facts, "event", "Event", "Something that happened (a deal, a meeting, fighting)", "#7FB7BE", "e");
		child(facts, "date", "Date or time", "When something happened or was said", "#A9D6E5", "d");
		child(facts, "number", "Number", "A figure: troops, casualties, durations, amounts", "#89C2D9", "n");
		child(facts, "place", "Place", "A location or territory", "#61A5C2", "p");

		Tag framing = group(set, "framing", "Framing", "How the outlet presents what it reports", "#C77DFF");
		child(framing, "label", "Label", "A characterising name (\"breakaway republic\", \"Armenian-populated region\")", "#C77DFF", "l");
		child(framing, "evaluation", "Evaluation", "A judgement or loaded wording (\"painful\", \"tragedy\")", "#E0AAFF", "v");
		child(framing, "background", "Background", "Context the outlet supplies", "#D9C5F0", "b");
		return set;
	}

	private static Tag group(TagSet set, String code, String name, String description, String color) {
		Tag tag = tag(code, name, description, color, null);
		set.getTags().add(tag);
		return tag;
	}

	private static void child(Tag parent, String code, String name, String description, String color, String key) {
		parent.getChildren().add(tag(parent.getCode() + "." + code, name, description, color, key));
	}

	private static Tag tag(String code, String name, String description, String color, String key) {
		Tag tag = F.createTag();
		tag.setId("tag-" + code);
		tag.setCode(code);
		tag.setName(name);
		tag.setDescription(description);
		tag.setColor(color);
		tag.setKey(key);
		return tag;
	}
}
