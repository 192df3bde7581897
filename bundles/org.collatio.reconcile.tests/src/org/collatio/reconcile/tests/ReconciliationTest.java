/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.collatio.cli.Cli;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioPackage;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.Stance;
import org.collatio.model.Verdict;
import org.collatio.model.edit.ModelLabels;
import org.collatio.reconcile.Account;
import org.collatio.search.CandidateFinder;
import org.collatio.reconcile.PropositionAccounts;
import org.collatio.reconcile.Reconciliation;
import org.collatio.reconcile.Report;
import org.collatio.reconcile.Timeline;
import org.collatio.reconcile.tests.fixtures.SeedReading;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconciliation of the seed corpus after my reading of it, its ordering, and the reports. */
class ReconciliationTest {

	@TempDir
	Path dir;

	private Path corpus;

	@BeforeEach
	void seedCorpus() throws Exception {
		corpus = dir.resolve("seeds");
		String root = System.getProperty("collatio.repository");
		SeedCorpus.ensure(corpus, Path.of(root != null ? root : "../..").resolve("seeds"));
	}

	private static EditingDomain domain(CorpusStore store) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
	}

	private static List<String> speakers(PropositionAccounts p) {
		return p.accounts().stream().map(a -> a.speaker() + "@" + a.outlet()).toList();
	}

	@Test
	void contestedPropositionsComeFirstAndContradictedAccountsLeadOrderedByDate() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			SeedReading.record(store, domain(store));
			List<PropositionAccounts> all = Reconciliation.of(store);
			assertEquals(List.of(SeedReading.PROTECTED, SeedReading.COMMITMENTS, SeedReading.FORCE, "(claims without a proposition)"),
					all.stream().map(PropositionAccounts::statement).toList());

			PropositionAccounts protect = all.get(0);
			assertEquals(List.of("Nikol Pashinyan@Unidentified news website", "Vladimir Putin@MassisPost", "Armen Grigoryan@MassisPost",
					"Nikol Pashinyan@The Moscow Times"), speakers(protect), "contradicted first, each group by date");
			assertEquals(3, protect.outlets());
			assertEquals(2, protect.count(RelationKind.CONTRADICTS));
			assertEquals(1, protect.count(RelationKind.UPDATES));
			assertTrue(protect.accounts().get(0).inConflict());
			assertFalse(protect.accounts().get(3).inConflict(), "the 2020 Pashinyan claim is only updated, not contradicted");
			Account putin = protect.accounts().get(1);
			assertEquals("The Russian peacekeepers are doing everything to protect the civilian population", putin.quote());
			assertEquals("2023-09-19", putin.date(), "the date the claim was made wins over the publication date");
			assertEquals("2023-09-21", protect.accounts().get(2).date(), "undated claims take their article's date");
			assertEquals("Russian peacekeepers remain the primary guarantor of peace and security in Nagorno-Karabakh",
					protect.accounts().get(3).quote(), "the line break of the text reads as a space");

			PropositionAccounts force = all.get(2);
			assertFalse(force.contested());
			assertEquals(1, force.count(RelationKind.AGREES));
			assertEquals(List.of("@The Moscow Times", "@Azatutyun (RFE/RL Armenian Service)"), speakers(force));
			assertEquals("Vladimir Putin", all.get(3).accounts().get(0).speaker());
			assertNull(all.get(3).proposition());
		}
	}

	@Test
	void theTimelineHasALanePerSpeakerSoAChangeOfPositionReadsLeftToRight() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			SeedReading reading = SeedReading.record(store, domain(store));
			PropositionAccounts protect = Reconciliation.of(store).get(0);
			Timeline timeline = new Timeline(protect.accounts());
			assertEquals(List.of("Nikol Pashinyan", "Vladimir Putin", "Armen Grigoryan"), timeline.lanes());
			var before = timeline.pointOf(org.collatio.core.derived.ClaimKeys.of(reading.claim("pashinyan-guarantor"))).orElseThrow();
			var after = timeline.pointOf(org.collatio.core.derived.ClaimKeys.of(reading.claim("pashinyan-failing"))).orElseThrow();
			assertEquals(before.lane(), after.lane());
			assertEquals(0.0, before.x(), 1e-9, "the first claim (2020-12) sits at the start");
			assertEquals(1.0, timeline.pointOf(org.collatio.core.derived.ClaimKeys.of(reading.claim("grigoryan-failed"))).orElseThrow().x(), 1e-9, "the last (2023-09-21) at the end");
			assertTrue(after.x() > 0.6 && after.x() < 0.75, "2023-01 between them: " + after.x());
		}
	}

	@Test
	void aDismissedCandidateIsNoRelationAndVerdictsAndRelationsSurviveSaveAndReload() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			EditingDomain domain = domain(store);
			SeedReading reading = SeedReading.record(store, domain);
			var force = reading.proposition(SeedReading.FORCE);
			// dismissing the candidate "force-2000 contradicts putin-allied" leaves everything as it was
			domain.getCommandStack().execute(ClaimCommands.dismiss(domain, store.getCorpus(), reading.claim("force-2000"), reading.claim("putin-allied")));
			assertEquals(RelationStatus.REJECTED, store.getCorpus().getRelations().get(store.getCorpus().getRelations().size() - 1).getStatus());
			PropositionAccounts forceAccounts = Reconciliation.of(store).get(2);
			assertFalse(forceAccounts.contested());
			assertEquals(1, forceAccounts.accounts().get(0).links().size(), "only the agreement");
			domain.getCommandStack().execute(SetCommand.create(domain, force, CollatioPackage.Literals.PROPOSITION__VERDICT, Verdict.CONSISTENT));
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(corpus)) {
			List<PropositionAccounts> all = Reconciliation.of(store);
			assertEquals(2, all.get(0).count(RelationKind.CONTRADICTS), "relations across documents came back");
			assertEquals(Verdict.CONSISTENT, all.get(2).verdict());
			assertEquals(7, store.getCorpus().getRelations().size());
			var dismissed = store.getCorpus().getRelations().get(6);
			assertEquals(RelationStatus.REJECTED, dismissed.getStatus());
			assertTrue(new CandidateFinder().find(store, 100).stream()
					.noneMatch(c -> Set.of(c.first(), c.second()).equals(Set.of(dismissed.getSource(), dismissed.getTarget()))),
					"a dismissed pair is not proposed again after reopening");
		}
	}

	@Test
	void theHtmlReportIsSelfContainedAndHoldsEveryAccountInOrder() throws Exception {
		Path html = dir.resolve("out/report.html");
		try (CorpusStore store = CorpusStore.open(corpus)) {
			EditingDomain domain = domain(store);
			SeedReading reading = SeedReading.record(store, domain);
			var protect = reading.proposition(SeedReading.PROTECTED);
			domain.getCommandStack().execute(SetCommand.create(domain, protect, CollatioPackage.Literals.PROPOSITION__VERDICT, Verdict.CONTESTED));
			domain.getCommandStack().execute(SetCommand.create(domain, protect, CollatioPackage.Literals.PROPOSITION__VERDICT_NOTE,
					"Putin's <b>\"everything\"</b> & the Armenian accounts disagree"));
			Report.write("Seed corpus", Reconciliation.of(store), Report.Format.HTML, html);
		}
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertFalse(text.contains("<script") || text.contains("src=\"http") || text.contains("href=\"http"), "nothing to fetch or run");
		var page = Jsoup.parse(text);
		var sections = page.select("section");
		assertEquals(4, sections.size());
		Element first = sections.get(0);
		assertEquals(SeedReading.PROTECTED, first.selectFirst("h2").text());
		assertEquals("contested", first.selectFirst(".verdict").text());
		assertTrue(first.text().contains("Putin's <b>\"everything\"</b> & the Armenian accounts disagree"), "the note is escaped, not markup");
		var rows = first.select("tbody tr");
		assertEquals(4, rows.size());
		assertEquals(List.of("Unidentified news website", "MassisPost", "MassisPost", "The Moscow Times"),
				rows.stream().map(r -> r.child(0).text()).toList());
		assertEquals(3, first.select("tr.conflict").size());
		Element putinRow = rows.get(1);
		assertEquals("Vladimir Putin", putinRow.child(2).text());
		assertEquals("asserts", putinRow.child(5).text());
		assertEquals("\u201cThe Russian peacekeepers are doing everything to protect the civilian population\u201d", putinRow.child(7).text());
		assertTrue(putinRow.child(8).text().contains("contradicts Armen Grigoryan (MassisPost, 2023-09-21)"), putinRow.child(8).text());
		assertEquals(4, first.select("svg circle").size(), "every account is dated: a dot each");
		assertEquals(2, first.select("svg line[stroke-dasharray]").size(), "the two contradictions, dashed");
		assertTrue(first.select("ul.rationales li").text().contains("Same week, opposite accounts of the peacekeepers"));
		Element commitments = sections.get(1);
		assertEquals("Interfax", commitments.select("tbody tr").stream().filter(r -> r.child(2).text().equals("Vladimir Putin")).findFirst()
				.orElseThrow().child(3).text(), "through whom");
	}

	@Test
	void theReportsNameValuesWithTheEditLayersLabelsAndKeepCodesForStylesOnly() throws Exception {
		Path html = dir.resolve("labels.html");
		Path markdown = dir.resolve("labels.md");
		try (CorpusStore store = CorpusStore.open(corpus)) {
			EditingDomain domain = domain(store);
			SeedReading reading = SeedReading.record(store, domain);
			domain.getCommandStack().execute(SetCommand.create(domain, reading.proposition(SeedReading.PROTECTED),
					CollatioPackage.Literals.PROPOSITION__VERDICT, Verdict.CONTESTED));
			Report.write("Seed corpus", Reconciliation.of(store), Report.Format.HTML, html);
			Report.write("Seed corpus", Reconciliation.of(store), Report.Format.MARKDOWN, markdown);
		}
		var page = Jsoup.parse(html.toFile(), "UTF-8");
		List<String> kinds = page.select("tbody tr").stream().map(r -> r.child(6).text()).distinct().sorted().toList();
		assertEquals(List.of("direct quote", "outlet assertion", "reported speech"), kinds, "the words of every view");
		assertEquals(Arrays.stream(ClaimKind.values()).map(ModelLabels::of).sorted().toList(), kinds, "from the edit layer");
		List<String> stances = page.select("tbody td.stance").stream().map(Element::text).distinct().sorted().toList();
		assertEquals(List.of(ModelLabels.of(Stance.ASSERTS), ModelLabels.of(Stance.DENIES)), stances);
		assertEquals(Arrays.stream(Stance.values()).map(ModelLabels::of).toList(),
				page.selectFirst("p.summary").select("span").stream().map(Element::text).toList(), "the legend names every stance");
		Element verdict = page.selectFirst("section .verdict");
		assertEquals(ModelLabels.of(Verdict.CONTESTED), verdict.text());
		assertTrue(verdict.hasClass("contested"), "the style keys on the code");
		assertEquals(ModelLabels.of(Verdict.UNDECIDED), page.select("section .verdict").get(1).text());
		String text = Files.readString(markdown, StandardCharsets.UTF_8);
		assertTrue(text.contains("| " + ModelLabels.of(ClaimKind.REPORTED_SPEECH) + " |"), text);
		for (String written : List.of(Files.readString(html, StandardCharsets.UTF_8), text)) {
			assertFalse(written.contains("REPORTED_SPEECH") || written.contains("reported_speech") || written.contains("DIRECT_QUOTE"),
					"no machine code is shown to a reader");
		}
	}

	@Test
	void theCommandLineWritesTheReportAsHtmlOrMarkdown() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			SeedReading.record(store, domain(store));
			store.save();
		}
		Path html = dir.resolve("r.html");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(new String[] { "report", "--corpus", corpus.toString(), "--out", html.toString() }, new PrintWriter(out), new PrintWriter(err));
		assertEquals(0, code, err.toString());
		assertTrue(out.toString().contains("4 propositions (2 contested), 10 accounts, 3 contradictions"), out.toString());
		assertEquals(SeedReading.PROTECTED, Jsoup.parse(html.toFile(), "UTF-8").selectFirst("section h2").text());

		Path markdown = dir.resolve("r.md");
		code = Cli.run(new String[] { "report", "--corpus", corpus.toString(), "--out", markdown.toString() }, new PrintWriter(out), new PrintWriter(err));
		assertEquals(0, code, err.toString());
		List<String> lines = Files.readAllLines(markdown);
		assertEquals("## " + SeedReading.PROTECTED, lines.stream().filter(l -> l.startsWith("## ")).findFirst().orElseThrow());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("| MassisPost | 2023-09-21 | Vladimir Putin |  | 2023-09-19 | **asserts** | direct quote |")),
				String.join("\n", lines));

		code = Cli.run(new String[] { "report", "--corpus", dir.resolve("missing").toString(), "--out", markdown.toString() }, new PrintWriter(out),
				new PrintWriter(err));
		assertEquals(3, code, "a corpus that cannot be read is an I/O failure");
	}
}
