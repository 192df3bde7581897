/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.collatio.model.edit.ModelLabels;
import org.jsoup.nodes.Entities;

/** The reconciliation report as one self-contained HTML file. */
final class HtmlReport {

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:80em;color:#222;line-height:1.4}
			h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
			table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
			th{background:#f4f4f4}tr.conflict td:first-child{border-left:4px solid #c62828}
			.verdict{display:inline-block;padding:.1em .6em;border-radius:.8em;background:#eee;font-weight:600}
			.verdict.contested{background:#ffcdd2}.verdict.consistent{background:#c8e6c9}.verdict.resolved{background:#bbdefb}
			.stance{font-weight:600}.quote{font-style:italic}.rel{display:block}.summary{color:#555}
			ul.rationales{font-size:.9em}svg{margin:.6em 0}
			""";

	private final Writer out;

	HtmlReport(Writer out) {
		this.out = out;
	}

	void write(String corpusName, List<PropositionAccounts> propositions) throws IOException {
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reconciliation report: " + esc(corpusName)
				+ "</title>\n<style>" + STYLE + "</style></head><body>\n");
		out.write("<h1>Reconciliation report: " + esc(corpusName) + "</h1>\n<p class=\"summary\">" + propositions.size()
				+ " propositions, contested ones first. Stance colours: " + legend() + ".</p>\n");
		int index = 0;
		for (PropositionAccounts p : propositions) {
			proposition(p, ++index);
		}
		out.write("</body></html>\n");
	}

	/** Each stance's label in its colour: "asserts, denies, uncertain". */
	private static String legend() {
		StringBuilder legend = new StringBuilder();
		for (Stance stance : Stance.values()) {
			legend.append(legend.isEmpty() ? "" : ", ").append("<span style=\"color:").append(Palette.stance(stance)).append("\">")
					.append(esc(ModelLabels.of(stance))).append("</span>");
		}
		return legend.toString();
	}

	private void proposition(PropositionAccounts p, int index) throws IOException {
		out.write("<section id=\"p" + index + "\"><h2>" + esc(p.statement()) + "</h2>\n");
		// the class is the verdict's code (styles), the text its label (readers)
		out.write("<p><span class=\"verdict " + p.verdict().getLiteral().toLowerCase(Locale.ROOT) + "\">" + esc(Report.verdictOf(p)) + "</span> "
				+ esc(p.verdictNote()) + "</p>\n");
		out.write("<p class=\"summary\">" + esc(Report.summaryOf(p)) + "</p>\n");
		timeline(new Timeline(p.accounts()));
		out.write("<table><thead><tr><th>Source</th><th>Published</th><th>Speaker</th><th>Via</th><th>When said</th><th>Stance</th>"
				+ "<th>Kind</th><th>Quote</th><th>Relations</th></tr></thead><tbody>\n");
		for (Account a : p.accounts()) {
			out.write("<tr" + (a.inConflict() ? " class=\"conflict\"" : "") + " style=\"background:" + Palette.stanceTint(a.stanceValue()) + "\">");
			cell(a.outlet());
			cell(a.published());
			cell(a.speaker());
			cell(a.via());
			cell(a.whenStated().isEmpty() && a.whenDate() != null ? a.whenDate() : a.whenStated());
			out.write("<td class=\"stance\" style=\"color:" + Palette.stance(a.stanceValue()) + "\">" + esc(a.stance()) + "</td>");
			cell(a.kind());
			out.write("<td class=\"quote\">\u201c" + esc(a.quote()) + "\u201d"
					+ (a.paraphrase() == null ? "" : "<br><small>" + esc(a.paraphrase()) + "</small>") + "</td><td>");
			for (Account.Link link : a.links()) {
				out.write("<span class=\"rel\" style=\"color:" + Palette.relation(link.kind()) + "\">" + esc(Labels.verb(link.kind(), link.outgoing()))
						+ " " + esc(link.otherName()) + "</span>");
			}
			out.write("</td></tr>\n");
		}
		out.write("</tbody></table>\n");
		rationales(p);
		out.write("</section>\n");
	}

	private void rationales(PropositionAccounts p) throws IOException {
		StringBuilder items = new StringBuilder();
		for (Account a : p.accounts()) {
			for (Account.Link link : a.links()) {
				if (link.outgoing() && link.relation().getRationale() != null) {
					items.append("<li>").append(esc(a.shortName())).append(" <b style=\"color:").append(Palette.relation(link.kind()))
							.append("\">").append(esc(Labels.verb(link.kind(), true))).append("</b> ").append(esc(link.otherName()))
							.append(": ").append(esc(link.relation().getRationale())).append("</li>\n");
				}
			}
		}
		if (!items.isEmpty()) {
			out.write("<ul class=\"rationales\">\n" + items + "</ul>\n");
		}
	}

	/** How wide the report draws a timeline, in pixels. */
	private static final int REPORT_WIDTH = 900;

	/** The timeline as inline SVG: a lane per speaker, a dot per dated account in its stance colour, contradictions as dashed lines. */
	private void timeline(Timeline timeline) throws IOException {
		if (timeline.points().isEmpty()) {
			return;
		}
		TimelineLayout layout = TimelineLayout.STANDARD;
		int left = layout.left();
		int plot = layout.plotWidth(REPORT_WIDTH);
		int width = REPORT_WIDTH;
		int height = layout.height(timeline.lanes().size());
		out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"timeline\">\n");
		for (int lane = 0; lane < timeline.lanes().size(); lane++) {
			int y = layout.y(lane);
			out.write("<text x=\"4\" y=\"" + (y + 4) + "\" font-size=\"12\">" + esc(timeline.lanes().get(lane)) + "</text><line x1=\"" + left + "\" y1=\"" + y
					+ "\" x2=\"" + (left + plot) + "\" y2=\"" + y + "\" stroke=\"#ddd\"/>\n");
		}
		LocalDate first = timeline.first().orElseThrow();
		LocalDate last = timeline.last().orElseThrow();
		int axis = layout.axis(timeline.lanes().size()) + 4;
		out.write(axisLabel(left, axis, first) + (first.equals(last) ? "" : axisLabel(left + plot, axis, last)));
		for (Timeline.Point point : timeline.points()) {
			for (Account.Link link : point.account().links()) {
				var other = timeline.pointOf(link.otherKey());
				if (link.outgoing() && other.isPresent()) {
					out.write("<line x1=\"" + x(point, left, plot) + "\" y1=\"" + y(point) + "\" x2=\"" + x(other.get(), left, plot) + "\" y2=\"" + y(other.get())
							+ "\" stroke=\"" + Palette.relation(link.kind()) + "\"" + (link.kind() == RelationKind.CONTRADICTS ? " stroke-dasharray=\"4 3\"" : "")
							+ "/>\n");
				}
			}
		}
		for (Timeline.Point point : timeline.points()) {
			out.write("<circle cx=\"" + x(point, left, plot) + "\" cy=\"" + y(point) + "\" r=\"" + layout.dotRadius() + "\" fill=\"" + Palette.stance(point.account().stanceValue())
					+ "\"><title>" + esc(point.date() + " " + point.account().speaker() + " " + point.account().stance() + ": " + point.account().quote())
					+ "</title></circle>\n");
		}
		out.write("</svg>\n");
	}

	private static String axisLabel(int x, int y, LocalDate date) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">" + date + "</text>\n";
	}

	private static long x(Timeline.Point point, int left, int plot) {
		return TimelineLayout.STANDARD.x(point, left + plot + TimelineLayout.STANDARD.right());
	}

	private static int y(Timeline.Point point) {
		return TimelineLayout.STANDARD.y(point.lane());
	}

	private void cell(String text) throws IOException {
		out.write("<td>" + esc(text) + "</td>");
	}

	/** Text for HTML, escaped by jsoup (text and attribute values alike). */
	static String esc(String text) {
		return text == null ? "" : Entities.escape(text);
	}
}
