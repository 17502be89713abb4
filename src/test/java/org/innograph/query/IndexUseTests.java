package org.innograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Inputs.IdFilter;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.filter.Inputs.StringFilter;
import org.innograph.query.Connection.Scope;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PROFILE} of the generated queries: lookups and filters on indexed fields start
 * from an index seek, never from a scan of all nodes or of a whole label.
 */
@EmbeddedServiceTest
class IndexUseTests {

	@Autowired
	QueryRepository queries;

	@Autowired
	Driver driver;

	static StringFilter eq(String value) {
		return new StringFilter(value, null, null, null, null, null, null, null, null);
	}

	@Test
	void anEntityByIdSeeksTheUniqueIndex() {
		var where = new EntityWhere(new IdFilter("city-ningbo", null, null), null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThat(operators(this.queries.entityScope(null, where, null)))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
			.noneMatch(o -> o.startsWith("AllNodesScan") || o.startsWith("NodeByLabelScan"));
	}

	@Test
	void anEntityByAnyNameFormSeeksTheNameKeys() {
		var where = new EntityWhere(null, eq("寧波"), null, null, null, null, null, null, null, null, null, null, null,
				null, null);
		assertThat(operators(this.queries.entityScope("City", where, null)))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
			.noneMatch(o -> o.startsWith("AllNodesScan") || o.startsWith("NodeByLabelScan"));
	}

	@Test
	void metricsByNameSeekTheNameIndexes() {
		var where = new MetricWhere(null, eq("新增贷款"), null, null, null, null, null, null, null, null, null, null, null);
		assertThat(operators(this.queries.metricScope(where, null))).anyMatch(o -> o.contains("IndexSeek"))
			.noneMatch(o -> o.startsWith("AllNodesScan") || o.startsWith("NodeByLabelScan"));
	}

	@Test
	void rankingsByListSeekTheListIndexes() {
		var where = new RankingWhere(null, null, eq("全球科技集群"), null, null, null, null, null, null, null, null);
		assertThat(operators(this.queries.rankingScope(where, null))).anyMatch(o -> o.contains("IndexSeek"))
			.noneMatch(o -> o.startsWith("AllNodesScan") || o.startsWith("NodeByLabelScan"));
	}

	private List<String> operators(Scope scope) {
		try (var session = this.driver.session()) {
			@SuppressWarnings("unchecked")
			var params = (Map<String, Object>) (Map<String, ?>) scope.params().values();
			var summary = session.run("PROFILE " + scope.match() + " RETURN count(*) AS n", params).consume();
			var operators = new ArrayList<String>();
			collect(summary.profile(), operators);
			return operators;
		}
	}

	private static void collect(ProfiledPlan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}

}
