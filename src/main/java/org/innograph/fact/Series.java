package org.innograph.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Facts over time: rankings by edition and metrics by period, with their changes. */
final class Series {

	private Series() {
	}

	record RankingSeries(String list, @Nullable String listEn, @Nullable String publisher, List<Ranking> points,
			List<RankChange> changes) {
	}

	record RankChange(String list, @Nullable Integer fromEdition, @Nullable Integer toEdition, int fromRank, int toRank,
			int change) {
	}

	record MetricSeries(String name, @Nullable String nameEn, String unit, List<Metric> points,
			List<ValueChange> changes) {
	}

	record ValueChange(@Nullable String fromPeriod, @Nullable String toPeriod, double fromValue, double toValue,
			double change, boolean stated) {
	}

	static List<RankingSeries> rankings(List<Fact> facts) {
		var byList = new LinkedHashMap<String, List<Ranking>>();
		facts.stream()
			.map(Ranking.class::cast)
			.sorted(Comparator.comparing(Ranking::list)
				.thenComparing(Ranking::edition, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach(r -> byList.computeIfAbsent(r.list(), k -> new ArrayList<>()).add(r));
		return byList.values().stream().map(points -> {
			var changes = new ArrayList<RankChange>();
			for (int i = 1; i < points.size(); i++) {
				changes.add(change(points.get(i - 1), points.get(i)));
			}
			var newest = points.getLast();
			return new RankingSeries(newest.list(), newest.listEn(), newest.publisher(), points, changes);
		}).toList();
	}

	/**
	 * The move between two editions of a list: {@code to} defaults to the newest edition,
	 * {@code from} to the edition before {@code to}; null when either is missing.
	 */
	static @Nullable RankChange rankChange(List<Fact> facts, String list, @Nullable Integer from,
			@Nullable Integer to) {
		var points = rankings(facts).stream()
			.filter(s -> s.list().equals(list) || list.equals(s.listEn()))
			.findFirst()
			.map(RankingSeries::points)
			.orElse(List.of());
		var after = points.stream().filter(r -> to == null || Objects.equals(r.edition(), to)).reduce((a, b) -> b);
		if (after.isEmpty()) {
			return null;
		}
		var until = after.get();
		var before = (from != null) ? points.stream().filter(r -> Objects.equals(r.edition(), from)).findFirst()
				: points.stream()
					.filter(r -> r.edition() != null && until.edition() != null && r.edition() < until.edition())
					.reduce((a, b) -> b);
		return before.isEmpty() ? null : change(before.get(), until);
	}

	private static RankChange change(Ranking before, Ranking after) {
		return new RankChange(after.list(), before.edition(), after.edition(), before.rank(), after.rank(),
				before.rank() - after.rank());
	}

	static List<MetricSeries> metrics(List<Fact> facts) {
		var byName = new LinkedHashMap<String, List<Metric>>();
		facts.stream()
			.map(Metric.class::cast)
			.sorted(Comparator.comparing(Metric::name)
				.thenComparing(Metric::period, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach(m -> byName.computeIfAbsent(m.name() + "\u0000" + m.unit(), k -> new ArrayList<>()).add(m));
		return byName.values().stream().map(points -> {
			var changes = new ArrayList<ValueChange>();
			for (int i = 0; i < points.size(); i++) {
				var point = points.get(i);
				if (point.previousValue() != null) {
					changes.add(new ValueChange(null, point.period(), point.previousValue(), point.value(),
							point.value() - point.previousValue(), true));
				}
				if (i > 0) {
					var before = points.get(i - 1);
					changes.add(new ValueChange(before.period(), point.period(), before.value(), point.value(),
							point.value() - before.value(), false));
				}
			}
			var newest = points.getLast();
			return new MetricSeries(newest.name(), newest.nameEn(), newest.unit(), points, changes);
		}).toList();
	}

}
