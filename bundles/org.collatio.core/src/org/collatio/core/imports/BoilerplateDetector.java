/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collatio.model.RegionKind;

/**
 * Finds the web-page leftovers in an article's text so that they can be marked (never deleted):
 * comment forms, share widgets, newsletter sign-ups, "You May Also Like" link lists, reading-time
 * labels, a repeated headline and a closing "Source: ..." line. Works line by line on the stored
 * text; regions cover whole lines (without their line break).
 */
public final class BoilerplateDetector {

	private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read");
	private static final Pattern SHARE = Pattern.compile(
			"(?i)(share( this)?( article| story| post)?:?|share on (facebook|twitter|x|linkedin|whatsapp)|tweet|print( this article)?|email this( article)?)");
	private static final Pattern COMMENT_START = Pattern.compile("(?i)(leave a (reply|comment)|post a comment|add a comment|\\d+ comments?|comments)");
	private static final Pattern COMMENT_FORM = Pattern.compile("(?i)(your email address will not be published.*|required fields are marked.*|(name|email|website|comment)\\s*\\*?"
			+ "|save my name, email.*|post comment|cancel reply|leave a (reply|comment)|notify me of .*|log in to reply)");
	private static final Pattern NEWSLETTER = Pattern.compile("(?i)(sign up (for|to) (our|the) newsletters?.*|subscribe to (our|the) newsletter.*|get notified of the latest updates.*|subscribe)");
	private static final Pattern LINK_LIST_HEADING = Pattern.compile(
			"(?i)(you may also like|you might also like|related (articles|posts|stories|news)|read (more|also|next)|more (stories|from .{1,40})|recommended( for you)?|most read|popular (now|posts))");
	private static final Pattern SOURCE_LINE = Pattern.compile("(?i)source\\s*:\\s*(.{2,80})");

	/** A line of the text: [start, end) without its line break. */
	private record Line(int start, int end, String text) {
		boolean blank() {
			return text.isBlank();
		}
	}

	public List<Region> detect(String text) {
		List<Line> lines = lines(text);
		List<Region> regions = new ArrayList<>();
		repeatedHeadline(lines, regions);
		int linkListStart = linkListStart(lines);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String t = line.text().strip();
			if (i == linkListStart) {
				Line last = lastNonBlank(lines);
				regions.add(new Region(line.start(), last.end(), RegionKind.LINK_LIST, t));
				break;
			}
			if (t.isEmpty()) {
				continue;
			}
			if (READING_TIME.matcher(t).matches()) {
				regions.add(new Region(line.start(), line.end(), RegionKind.READING_TIME, t));
			} else if (SHARE.matcher(t).matches()) {
				regions.add(new Region(line.start(), line.end(), RegionKind.SHARE_WIDGET, t));
			} else if (COMMENT_START.matcher(t).matches() || COMMENT_FORM.matcher(t).matches()) {
				int j = extend(lines, i, COMMENT_FORM);
				regions.add(new Region(line.start(), lines.get(j).end(), RegionKind.COMMENT_FORM, "comment form"));
				i = j;
			} else if (NEWSLETTER.matcher(t).matches()) {
				int j = extend(lines, i, NEWSLETTER);
				regions.add(new Region(line.start(), lines.get(j).end(), RegionKind.BOILERPLATE, "newsletter sign-up"));
				i = j;
			} else if (i == lastNonBlankIndex(lines)) {
				Matcher source = SOURCE_LINE.matcher(t);
				if (source.matches()) {
					regions.add(new Region(line.start(), line.end(), RegionKind.SOURCE_LINE, source.group(1).strip()));
				}
			}
		}
		return regions;
	}

	/** The outlet named by a closing "Source: X" line, if the text has one. */
	public static String sourceOutlet(List<Region> regions) {
		return regions.stream().filter(r -> r.kind() == RegionKind.SOURCE_LINE).map(Region::label).findFirst().orElse(null);
	}

	/** The headline repeated after the title line, as web pages print it twice. */
	private static void repeatedHeadline(List<Line> lines, List<Region> regions) {
		int first = nextNonBlank(lines, 0);
		if (first < 0) {
			return;
		}
		int second = nextNonBlank(lines, first + 1);
		if (second > first + 1 && lines.get(second).text().strip().equals(lines.get(first).text().strip())) {
			Line repeated = lines.get(second);
			regions.add(new Region(repeated.start(), repeated.end(), RegionKind.BOILERPLATE, "repeated headline"));
		}
	}

	/** A link-list heading in the last part of the text starts a region running to the end. */
	private static int linkListStart(List<Line> lines) {
		int last = lastNonBlankIndex(lines);
		for (int i = 0; i < lines.size(); i++) {
			if (LINK_LIST_HEADING.matcher(lines.get(i).text().strip()).matches() && i < last
					&& lines.get(i).start() > lines.get(last).end() / 2) {
				return i;
			}
		}
		return -1;
	}

	/** The last line of a block that starts at {@code i} and goes on while lines (or blank ones) match. */
	private static int extend(List<Line> lines, int i, Pattern pattern) {
		int end = i;
		for (int j = i + 1; j < lines.size(); j++) {
			String t = lines.get(j).text().strip();
			if (t.isEmpty()) {
				continue;
			}
			if (!pattern.matcher(t).matches() && !COMMENT_START.matcher(t).matches()) {
				break;
			}
			end = j;
		}
		return end;
	}

	private static int nextNonBlank(List<Line> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).blank()) {
				return i;
			}
		}
		return -1;
	}

	private static int lastNonBlankIndex(List<Line> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).blank()) {
				return i;
			}
		}
		return -1;
	}

	private static Line lastNonBlank(List<Line> lines) {
		return lines.get(lastNonBlankIndex(lines));
	}

	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(new Line(start, i, text.substring(start, i)));
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < n) {
			lines.add(new Line(start, n, text.substring(start)));
		}
		return lines;
	}
}
