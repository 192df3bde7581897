/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collatio.core.store.PartialDate;

/**
 * Where the dated accounts of a proposition sit on a time axis: one lane per speaker (so one
 * speaker's change of position reads left to right), positions from 0 to 1 between the first and
 * the last date. Drawn by the view and by the HTML report alike.
 */
public final class Timeline {

	/** An account placed on the axis. */
	public record Point(Account account, LocalDate date, double x, int lane) {
	}

	private final List<Point> points = new ArrayList<>();
	/** The points by their claim's key: the view looks up both ends of every link at every repaint. */
	private final Map<String, Point> byKey = new java.util.HashMap<>();
	private final List<String> lanes = new ArrayList<>();
	private final List<Account> undated = new ArrayList<>();
	private LocalDate first;
	private LocalDate last;

	public Timeline(List<Account> accounts) {
		Map<String, Integer> laneOf = new LinkedHashMap<>();
		List<Account> dated = new ArrayList<>();
		for (Account account : accounts) {
			Optional<LocalDate> date = firstDay(account);
			if (date.isEmpty()) {
				undated.add(account);
				continue;
			}
			dated.add(account);
			first = first == null || date.get().isBefore(first) ? date.get() : first;
			last = last == null || date.get().isAfter(last) ? date.get() : last;
		}
		dated.sort(java.util.Comparator.comparing(Account::date, PartialDate::compareTexts));
		long span = first == null ? 0 : ChronoUnit.DAYS.between(first, last);
		for (Account account : dated) {
			LocalDate date = firstDay(account).orElseThrow();
			String lane = account.speaker().isEmpty() ? account.outlet() : account.speaker();
			int index = laneOf.computeIfAbsent(lane, l -> {
				lanes.add(l);
				return lanes.size() - 1;
			});
			double x = span == 0 ? 0.5 : (double) ChronoUnit.DAYS.between(first, date) / span;
			Point point = new Point(account, date, x, index);
			points.add(point);
			byKey.putIfAbsent(account.key(), point);
		}
	}

	/** The first day an account's date can mean ("2020-12" is 2020-12-01), or empty when undated. */
	private static Optional<LocalDate> firstDay(Account account) {
		return PartialDate.leading(account.date() == null ? null : account.date().strip()).map(PartialDate::firstDay);
	}

	public List<Point> points() {
		return points;
	}

	/** The speakers (or outlets, for an outlet's own assertions), one lane each, in order of first appearance. */
	public List<String> lanes() {
		return lanes;
	}

	public List<Account> undated() {
		return undated;
	}

	public Optional<LocalDate> first() {
		return Optional.ofNullable(first);
	}

	public Optional<LocalDate> last() {
		return Optional.ofNullable(last);
	}

	/** The point of a claim's account, if it is dated. */
	public Optional<Point> pointOf(String claimKey) {
		return Optional.ofNullable(byKey.get(claimKey));
	}
}
