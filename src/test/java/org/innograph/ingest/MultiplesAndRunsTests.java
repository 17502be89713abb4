package org.innograph.ingest;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;

/**
 * Figures written without a counter ({@link MultiplesAndRuns}) on texts written for this
 * test: multiples of a base year's figure and runs of years.
 */
class MultiplesAndRunsTests {

	@Test
	void doublingsAndTimesOfABaseYearAreMultiples() {
		var proposal = propose("""
				某省科技工作会议
				2017年，湖南省高新技术产业增加值较2012年翻两番。全省研发投入是2012年的1.5倍。
				""", "2018-02-09");
		assertThat(proposal.facts()).extracting(ProposedFact::value, ProposedFact::unit, ProposedFact::name)
			.containsExactly(tuple(4.0, "times", "高新技术产业增加值较2012年倍数"), tuple(1.5, "times", "研发投入较2012年倍数"));
	}

	@Test
	void aRunOfYearsIsAFactUnlessATitleIsHeldEachYear() {
		var proposal = propose("""
				某省科技工作会议
				湖南省已连续3年保持全国创新能力前十。长沙市连续两年荣获全国科技进步先进市称号。
				""", "2018-02-09");
		assertThat(proposal.facts()).extracting(ProposedFact::rule, ProposedFact::value, ProposedFact::name)
			.as("a title held each year is the designation rule's")
			.containsExactly(tuple("years-running", 3.0, "连续保持全国创新能力前十年数"), tuple("designation", null, "全国科技进步先进市"));
	}

}
