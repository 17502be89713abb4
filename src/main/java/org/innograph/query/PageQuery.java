package org.innograph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.innograph.filter.Conditions;
import org.innograph.filter.Params;
import org.innograph.query.Connection.Edge;
import org.innograph.query.Connection.PageInfo;
import org.innograph.query.Connection.Scope;
import org.innograph.store.GraphStore;
import org.innograph.system.ReadAhead;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Cuts one keyset page from a scope in one query: the sort keys, with the item's id as
 * the last key, are computed once per item; a cursor is the keys of an item, and the next
 * page starts strictly after it in the ordering, so inserts elsewhere never shift a page.
 */
final class PageQuery {

	private PageQuery() {
	}

	/**
	 * @param scope the matching items
	 * @param order the ordering, without the id
	 * @param id the expression of the item's id, the final tie-break
	 * @param projection the expression of the item to return
	 * @param along what each item brings along for the selection below it
	 */
	static <T> Connection<T> run(GraphStore store, Scope scope, Ordering order, String id, String projection,
			PageRequest page, Function<Value, T> mapper, ReadAhead<T> along) {
		var ordering = new ArrayList<>(order.keys());
		ordering.add(SortKey.text(id, false));
		var orderingId = Integer.toHexString(order.name().hashCode());
		var params = scope.params();
		var sortKeys = String.join(", ", ordering.stream().map(SortKey::sortable).toList());
		var cursorCondition = "true";
		if (page.cursor() != null) {
			var values = Cursors.decode(page.cursorArgument(), page.cursor(), orderingId, ordering.size());
			cursorCondition = after(ordering, values, page.backward(), params);
		}
		if (!page.items()) {
			return new Connection<>(List.of(), new PageInfo(false, false, null, null), scope, null);
		}
		var orderBy = new ArrayList<String>();
		for (int i = 0; i < ordering.size(); i++) {
			var descending = ordering.get(i).descending() != page.backward();
			orderBy.add("sortKey[%d] %s".formatted(i, descending ? "DESC" : "ASC"));
		}
		var cypher = """
				%s
				WITH %s, [%s] AS sortKey
				WHERE %s
				ORDER BY %s
				LIMIT %s
				WITH collect({node: %s, sortKey: sortKey, along: %s}) AS page
				%s
				RETURN page, %s AS total
				""".formatted(scope.match(), scope.variable(), sortKeys, cursorCondition, String.join(", ", orderBy),
				params.put("pageLimit", page.size() + 1), projection,
				along.cypher(scope.variable(), new Conditions(params)),
				// The count runs beside the page, over the same scope.
				page.total() ? "CALL () { %s RETURN count(*) AS total }".formatted(scope.match()) : "",
				page.total() ? "total" : "null");
		var result = store
			.read(cypher, params.values(),
					r -> new Cut<>(
							r.get("page")
								.asList(v -> new Edge<>(
										Cursors.encode(orderingId, v.get("sortKey").asList(Value::asObject)),
										alongWith(v, mapper, along))),
							r.get("total").isNull() ? null : r.get("total").asInt()))
			.getFirst();
		var rows = result.rows();
		var total = result.total();
		var more = rows.size() > page.size();
		var edges = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
		if (page.backward()) {
			Collections.reverse(edges);
		}
		var hasCursor = page.cursor() != null;
		var info = new PageInfo(page.backward() ? hasCursor : more, page.backward() ? more : hasCursor,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(List.copyOf(edges), info, scope, total);
	}

	private static <T> T alongWith(Value row, Function<Value, T> mapper, ReadAhead<T> along) {
		var item = mapper.apply(row.get("node"));
		along.handOver(item, row.get("along"));
		return item;
	}

	/** The rows of a page, one more than asked for when there are more, and the count. */
	private record Cut<T>(List<Edge<T>> rows, @Nullable Integer total) {
	}

	/** Strictly after the cursor in the ordering (before it, when paging backward). */
	private static String after(List<SortKey> ordering, List<Object> values, boolean backward, Params params) {
		var alternatives = new ArrayList<String>();
		for (int i = 0; i < ordering.size(); i++) {
			var conditions = new ArrayList<String>();
			for (int j = 0; j < i; j++) {
				conditions.add("sortKey[%d] = %s".formatted(j, params.add(values.get(j))));
			}
			var greater = ordering.get(i).descending() == backward;
			conditions.add("sortKey[%d] %s %s".formatted(i, greater ? ">" : "<", params.add(values.get(i))));
			alternatives.add("(" + String.join(" AND ", conditions) + ")");
		}
		return "(" + String.join(" OR ", alternatives) + ")";
	}

}
