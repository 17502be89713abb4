package org.innograph.filter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The filter inputs of the GraphQL schema, bound from arguments by Spring for GraphQL.
 */
public final class Inputs {

	private Inputs() {
	}

	public record StringFilter(@Nullable String eq, @Nullable String ne, @Nullable List<String> in,
			@Nullable String contains, @Nullable String startsWith, @Nullable String gt, @Nullable String gte,
			@Nullable String lt, @Nullable String lte) {

		/** The filter without its {@code eq}; null when nothing else is left. */
		public @Nullable StringFilter withoutEq() {
			var rest = new StringFilter(null, this.ne, this.in, this.contains, this.startsWith, this.gt, this.gte,
					this.lt, this.lte);
			return rest.equals(new StringFilter(null, null, null, null, null, null, null, null, null)) ? null : rest;
		}

	}

	public record IdFilter(@Nullable String eq, @Nullable String ne, @Nullable List<String> in) {
	}

	public record IntFilter(@Nullable Integer eq, @Nullable Integer ne, @Nullable List<Integer> in,
			@Nullable Integer gt, @Nullable Integer gte, @Nullable Integer lt, @Nullable Integer lte) {
	}

	public record FloatFilter(@Nullable Double eq, @Nullable Double ne, @Nullable List<Double> in, @Nullable Double gt,
			@Nullable Double gte, @Nullable Double lt, @Nullable Double lte) {
	}

	public record EntityWhere(@Nullable IdFilter id, @Nullable StringFilter name, @Nullable StringFilter kind,
			@Nullable StringFilter level, @Nullable StringFilter category, @Nullable StringFilter adminCode,
			@Nullable StringFilter established, @Nullable EntityWhere locatedIn, @Nullable EntityListFilter located,
			@Nullable MetricListFilter metrics, @Nullable RankingListFilter rankings,
			@Nullable DesignationListFilter designations, @Nullable List<EntityWhere> AND,
			@Nullable List<EntityWhere> OR, @Nullable EntityWhere NOT) {
	}

	public record EntityListFilter(@Nullable EntityWhere some, @Nullable EntityWhere none, @Nullable EntityWhere all) {
	}

	public record MetricWhere(@Nullable IdFilter id, @Nullable StringFilter name, @Nullable FloatFilter value,
			@Nullable StringFilter unit, @Nullable StringFilter bound, @Nullable StringFilter period,
			@Nullable IntFilter year, @Nullable StringFilter status, @Nullable Boolean inferred,
			@Nullable EntityWhere subject, @Nullable List<MetricWhere> AND, @Nullable List<MetricWhere> OR,
			@Nullable MetricWhere NOT) {

		/** The same conditions with another name filter. */
		public MetricWhere withName(@Nullable StringFilter name) {
			return new MetricWhere(this.id, name, this.value, this.unit, this.bound, this.period, this.year,
					this.status, this.inferred, this.subject, this.AND, this.OR, this.NOT);
		}

	}

	public record MetricListFilter(@Nullable MetricWhere some, @Nullable MetricWhere none, @Nullable MetricWhere all) {
	}

	public record RankingWhere(@Nullable IdFilter id, @Nullable IntFilter rank, @Nullable StringFilter list,
			@Nullable IntFilter edition, @Nullable StringFilter publisher, @Nullable Boolean latest,
			@Nullable Boolean inferred, @Nullable EntityWhere subject, @Nullable List<RankingWhere> AND,
			@Nullable List<RankingWhere> OR, @Nullable RankingWhere NOT) {

		/** The same conditions with another list filter. */
		public RankingWhere withList(@Nullable StringFilter list) {
			return new RankingWhere(this.id, this.rank, list, this.edition, this.publisher, this.latest, this.inferred,
					this.subject, this.AND, this.OR, this.NOT);
		}

	}

	public record RankingListFilter(@Nullable RankingWhere some, @Nullable RankingWhere none,
			@Nullable RankingWhere all) {
	}

	public record DesignationWhere(@Nullable IdFilter id, @Nullable StringFilter name, @Nullable IntFilter year,
			@Nullable StringFilter grantor, @Nullable StringFilter status, @Nullable Boolean inferred,
			@Nullable EntityWhere holder, @Nullable List<DesignationWhere> AND, @Nullable List<DesignationWhere> OR,
			@Nullable DesignationWhere NOT) {
	}

	public record DesignationListFilter(@Nullable DesignationWhere some, @Nullable DesignationWhere none,
			@Nullable DesignationWhere all) {
	}

	public record DocumentWhere(@Nullable IdFilter id, @Nullable StringFilter title, @Nullable StringFilter publisher,
			@Nullable StringFilter publishedAt, @Nullable StringFilter role, @Nullable StringFilter kind,
			@Nullable List<DocumentWhere> AND, @Nullable List<DocumentWhere> OR, @Nullable DocumentWhere NOT) {
	}

}
