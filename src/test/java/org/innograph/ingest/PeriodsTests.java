package org.innograph.ingest;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;

/**
 * The periods and statuses of {@link Periods} on texts written for this test: months and
 * quarters narrowing a year, years relative to the page's, spans of years, and goals.
 */
class PeriodsTests {

	/** Each figure of a text dated by a page: its value, period and status. */
	static List<Tuple> dated(String text, String pageDate) {
		return propose(text, pageDate).facts().stream().map(f -> tuple(f.value(), f.period(), f.status())).toList();
	}

	@Test
	void halfYearsAndQuartersNarrowTheYearTheSentenceBeforeHandsOn() {
		assertThat(dated("""
				某省科技统计
				2023年上半年，全省技术合同成交额达到500亿元。前三季度，高新技术企业新增800家。
				""", "2023-10-20")).containsExactly(tuple(5e10, "2023-01/2023-06", "ACHIEVED"),
				tuple(800.0, "2023-01/2023-09", "ACHIEVED"));
	}

	@Test
	void thisYearAndLastYearAreOfThePagesYear() {
		assertThat(dated("""
				某省专利统计
				今年1-5月，全省专利授权量3.2万件。去年，全省专利授权量6.8万件。
				""", "2024-06-20")).containsExactly(tuple(32000.0, "2024-01/2024-05", "ACHIEVED"),
				tuple(68000.0, "2023", "ACHIEVED"));
	}

	@Test
	void aPlansPeriodAndTheRecentYearsUpToThePagesAreSpansOfYears() {
		assertThat(dated("""
				某省科技发展回顾
				"十三五"期间，全省累计培育高新技术企业1.5万家。近3年来，全省新增科技型中小企业2万家。
				""", "2021-05-01")).as("whole years: in May 2021 the last of them is 2020")
			.containsExactly(tuple(15000.0, "2016/2020", "ACHIEVED"), tuple(20000.0, "2018/2020", "ACHIEVED"));
	}

	@Test
	void aGoalsYearMakesItsSentencesFiguresTargets() {
		assertThat(dated("""
				某省科技规划
				到2027年，全省高新技术企业数量达到2万家。2022年，全省高新技术企业1.2万家。
				""", "2023-03-01")).containsExactly(tuple(20000.0, "2027", "TARGET"),
				tuple(12000.0, "2022", "ACHIEVED"));
	}

}
