package org.innograph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Reads of the embedded store run in the same process, without Bolt: a request's queries
 * then cost what Neo4j spends on them, not a loopback round trip each, with encoding and
 * decoding at both ends. Rows come back as the driver's records, and failures as the
 * driver's exceptions, so the repositories' mappers and the error handling are the same
 * for the embedded store and for an external one (which is always read through the
 * driver).
 */
final class InProcessReads {

	private final GraphDatabaseService database;

	InProcessReads(GraphDatabaseService database) {
		this.database = database;
	}

	<T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
			@Nullable Duration timeout) {
		try (var tx = (timeout != null) ? this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)
				: this.database.beginTx(); var result = tx.execute(cypher, parameters)) {
			// A read transaction over Bolt refuses writes; here the plan's type does, and
			// the
			// transaction, never committed, takes back whatever ran.
			if (result.getQueryExecutionType().queryType() != QueryExecutionType.QueryType.READ_ONLY) {
				throw new ClientException("Neo.ClientError.Statement.AccessMode",
						"Writing is not allowed in a read transaction");
			}
			var keys = result.columns();
			var rows = new ArrayList<T>();
			while (result.hasNext()) {
				var row = result.next();
				var values = new ArrayList<Value>(keys.size());
				for (var key : keys) {
					values.add(Values.value(plain(row.get(key))));
				}
				rows.add(mapper.apply(new InternalRecord(keys, values)));
			}
			tx.commit();
			return rows;
		}
		catch (DatabaseShutdownException ex) {
			throw new ServiceUnavailableException("The store is not available", ex);
		}
		catch (QueryExecutionException ex) {
			throw new ClientException(ex.getStatusCode(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (ex instanceof Status.HasStatus status) {
				throw new ClientException(status.status().code().serialize(), ex.getMessage());
			}
			throw ex;
		}
	}

	/**
	 * Nodes and relationships as the map of their properties: the repositories read them
	 * by key only, which a driver node answers the same way.
	 */
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Entity entity) {
			return plain(entity.getAllProperties());
		}
		if (value instanceof Map<?, ?> map) {
			var copy = new LinkedHashMap<String, @Nullable Object>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			var copy = new ArrayList<@Nullable Object>(list.size());
			list.forEach(v -> copy.add(plain(v)));
			return copy;
		}
		return value;
	}

}
