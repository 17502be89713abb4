package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.withValue;

/**
 * The periods and statuses of {@link Periods} on texts written for this test: months and
 * quarters narrowing a year, years relative to the page's, spans of years, and goals.
 */
class PeriodsTests {

	@Test
	void halfYearsAndQuartersNarrowTheYear() {
		var proposal = propose("""
				某省科技统计
				2023年上半年，全省技术合同成交额达到500亿元。前三季度，高新技术企业新增800家。
				""", "2023-10-20");
		assertThat(withValue(proposal, 5e10).period()).isEqualTo("2023-01/2023-06");
		assertThat(withValue(proposal, 800).period()).as("the year handed on, the quarters of its own")
			.isEqualTo("2023-01/2023-09");
	}

	@Test
	void thisYearAndLastYearAreOfThePagesYear() {
		var proposal = propose("""
				某省专利统计
				今年1-5月，全省专利授权量3.2万件。去年，全省专利授权量6.8万件。
				""", "2024-06-20");
		assertThat(withValue(proposal, 32000).period()).isEqualTo("2024-01/2024-05");
		assertThat(withValue(proposal, 68000).period()).isEqualTo("2023");
	}

	@Test
	void aPlansPeriodAndTheRecentYearsAreSpansOfYears() {
		var proposal = propose("""
				某省科技发展回顾
				"十三五"期间，全省累计培育高新技术企业1.5万家。近3年来，全省新增科技型中小企业2万家。
				""", "2021-05-01");
		assertThat(withValue(proposal, 15000).period()).isEqualTo("2016/2020");
		assertThat(withValue(proposal, 20000).period()).as("up to the page's year").isEqualTo("2019/2021");
	}

	@Test
	void aGoalsYearMakesItsSentencesFiguresTargets() {
		var proposal = propose("""
				某省科技规划
				到2027年，全省高新技术企业数量达到2万家。2022年，全省高新技术企业1.2万家。
				""", "2023-03-01");
		assertThat(withValue(proposal, 20000)).satisfies(f -> {
			assertThat(f.status()).isEqualTo("TARGET");
			assertThat(f.period()).isEqualTo("2027");
		});
		assertThat(withValue(proposal, 12000)).satisfies(f -> {
			assertThat(f.status()).isEqualTo("ACHIEVED");
			assertThat(f.period()).isEqualTo("2022");
		});
	}

}
