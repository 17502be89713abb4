package org.innograph.query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.entity.EntityNode;
import org.innograph.fact.Fact;
import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.DocumentWhere;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.query.Grouping.Group;
import org.innograph.fact.NumberAggregate;
import org.innograph.lookahead.Lookahead;
import org.innograph.query.QueryInputs.EntityOrder;
import org.innograph.query.QueryInputs.SortedBy;
import org.innograph.source.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Connections over the whole graph. A page is one query, run only when the request reads
 * its edges, nodes or page info; {@code totalCount}, {@code aggregate} and
 * {@code groupBy} are one more each, over the same scope, and only when asked for.
 */
@Controller
class QueryController {

	private final QueryRepository queries;

	private final Lookahead lookahead;

	QueryController(QueryRepository queries, Lookahead lookahead) {
		this.queries = queries;
		this.lookahead = lookahead;
	}

	@QueryMapping
	Connection<EntityNode> entities(@Argument @Nullable String kind, @Argument @Nullable EntityWhere where,
			@Argument @Nullable Integer asOf, @Argument @Nullable List<EntityOrder> orderBy,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment env) {
		return this.queries.entities(kind, where, asOf, orEmpty(orderBy),
				PageRequest.of(first, after, last, before).items(itemsWanted(env)).total(totalWanted(env)),
				this.lookahead.alongPage(env));
	}

	@QueryMapping
	Connection<Fact> metricsConnection(@Argument @Nullable MetricWhere where, @Argument @Nullable Integer asOf,
			@Argument @Nullable List<SortedBy> orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingEnvironment env) {
		return this.queries.metrics(where, asOf, orEmpty(orderBy),
				PageRequest.of(first, after, last, before).items(itemsWanted(env)).total(totalWanted(env)),
				this.lookahead.alongPage(env));
	}

	@QueryMapping
	Connection<Fact> rankingsConnection(@Argument @Nullable RankingWhere where, @Argument @Nullable Integer asOf,
			@Argument @Nullable List<SortedBy> orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingEnvironment env) {
		return this.queries.rankings(where, asOf, orEmpty(orderBy),
				PageRequest.of(first, after, last, before).items(itemsWanted(env)).total(totalWanted(env)),
				this.lookahead.alongPage(env));
	}

	@QueryMapping
	Connection<Fact> designationsConnection(@Argument @Nullable DesignationWhere where,
			@Argument @Nullable Integer asOf, @Argument @Nullable List<SortedBy> orderBy,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment env) {
		return this.queries.designations(where, asOf, orEmpty(orderBy),
				PageRequest.of(first, after, last, before).items(itemsWanted(env)).total(totalWanted(env)),
				this.lookahead.alongPage(env));
	}

	@QueryMapping
	Connection<Document> documentsConnection(@Argument @Nullable DocumentWhere where,
			@Argument @Nullable List<SortedBy> orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingEnvironment env) {
		return this.queries.documents(where, orEmpty(orderBy),
				PageRequest.of(first, after, last, before).items(itemsWanted(env)).total(totalWanted(env)));
	}

	/** Whether the request reads the size of the whole list. */
	private static boolean totalWanted(DataFetchingEnvironment env) {
		return env.getSelectionSet().contains("totalCount");
	}

	/** Whether the request reads the page itself, not only counts or groups. */
	private static boolean itemsWanted(DataFetchingEnvironment env) {
		var selection = env.getSelectionSet();
		return selection.contains("edges") || selection.contains("nodes") || selection.contains("pageInfo");
	}

	@SchemaMapping(typeName = "EntityConnection", field = "totalCount")
	int entityCount(Connection<?> connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "MetricConnection", field = "totalCount")
	int metricCount(Connection<?> connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "RankingConnection", field = "totalCount")
	int rankingCount(Connection<?> connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "DesignationConnection", field = "totalCount")
	int designationCount(Connection<?> connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "DocumentConnection", field = "totalCount")
	int documentCount(Connection<?> connection) {
		return count(connection);
	}

	@SchemaMapping(typeName = "MetricConnection", field = "aggregate")
	NumberAggregate metricAggregate(Connection<?> connection, DataFetchingFieldSelectionSet selection) {
		return this.queries.aggregate(connection.scope(), "f.value", statistics(selection, ""));
	}

	@SchemaMapping(typeName = "RankingConnection", field = "aggregate")
	NumberAggregate rankingAggregate(Connection<?> connection, DataFetchingFieldSelectionSet selection) {
		return this.queries.aggregate(connection.scope(), "f.rank", statistics(selection, ""));
	}

	@SchemaMapping(typeName = "EntityConnection", field = "groupBy")
	List<Group> groupEntities(Connection<?> connection, @Argument List<String> keys,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.groupBy(connection.scope(), GroupKeys.entities(keys), null,
				statistics(selection, "aggregate/"));
	}

	@SchemaMapping(typeName = "MetricConnection", field = "groupBy")
	List<Group> groupMetrics(Connection<?> connection, @Argument List<String> keys,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.groupBy(connection.scope(), GroupKeys.metrics(keys), "f.value",
				statistics(selection, "aggregate/"));
	}

	@SchemaMapping(typeName = "RankingConnection", field = "groupBy")
	List<Group> groupRankings(Connection<?> connection, @Argument List<String> keys,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.groupBy(connection.scope(), GroupKeys.rankings(keys), "f.rank",
				statistics(selection, "aggregate/"));
	}

	@SchemaMapping(typeName = "DesignationConnection", field = "groupBy")
	List<Group> groupDesignations(Connection<?> connection, @Argument List<String> keys,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.groupBy(connection.scope(), GroupKeys.designations(keys), null,
				statistics(selection, "aggregate/"));
	}

	/** The statistics of an aggregate that the request selects, under a path. */
	private static Set<String> statistics(DataFetchingFieldSelectionSet selection, String path) {
		return QueryRepository.STATISTICS.stream()
			.filter(statistic -> selection.contains(path + statistic))
			.collect(Collectors.toSet());
	}

	private int count(Connection<?> connection) {
		return (connection.total() != null) ? connection.total() : this.queries.count(connection.scope());
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
