package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.withValue;

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
		assertThat(withValue(proposal, 4)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("times");
			assertThat(f.name()).isEqualTo("高新技术产业增加值较2012年倍数");
		});
		assertThat(withValue(proposal, 1.5)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("times");
			assertThat(f.name()).isEqualTo("研发投入较2012年倍数");
		});
	}

	@Test
	void aRunOfYearsIsAFactUnlessATitleIsHeldEachYear() {
		var proposal = propose("""
				某省科技工作会议
				湖南省已连续3年保持全国创新能力前十。长沙市连续两年荣获全国科技进步先进市称号。
				""", "2018-02-09");
		assertThat(withValue(proposal, 3)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("year");
			assertThat(f.name()).isEqualTo("连续保持全国创新能力前十年数");
		});
		assertThat(proposal.facts()).as("the title is the designation rule's")
			.noneMatch(f -> "year".equals(f.unit()) && f.value() == 2)
			.anyMatch(f -> "DESIGNATION".equals(f.type()) && "全国科技进步先进市".equals(f.name()));
	}

}
