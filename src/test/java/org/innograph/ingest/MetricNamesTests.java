package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.withValue;

/**
 * What a figure measures ({@link MetricNames}) on texts written for this test.
 */
class MetricNamesTests {

	@Test
	void aNameLosesThePlaceFillersAndVerbsAroundIt() {
		var proposal = propose("""
				浙江省科技工作会议
				2022年，全省高新技术产业实现增加值为1.2万亿元。
				""", "2023-03-01");
		assertThat(withValue(proposal, 1.2e12).name()).isEqualTo("高新技术产业增加值");
	}

	@Test
	void theNounACounterCountsNamesTheCountAndAGrowthOrGoalWithoutANameIsOfTheFigureBefore() {
		var proposal = propose("""
				浙江省科技工作会议
				2022年，全省拥有8个国家高新区，技术合同成交额达到1200亿元，同比增长20%。高新技术企业数量达到3.5万家，力争2023年达到4万家。
				""", "2023-03-01");
		assertThat(withValue(proposal, 8).name()).isEqualTo("国家高新区数量");
		assertThat(withValue(proposal, 20).name()).isEqualTo("技术合同成交额增速");
		assertThat(withValue(proposal, 40000).name()).isEqualTo("高新技术企业");
	}

	@Test
	void aMeasureWrittenInAnotherWayAndItsChangeInPointsHaveItsOneName() {
		var proposal = propose("""
				浙江省科技工作会议
				2022年，R&D经费占GDP比重达到3.1%，比上年提高0.2个百分点。
				""", "2023-03-01");
		assertThat(withValue(proposal, 3.1).name()).isEqualTo("研发经费投入强度");
		assertThat(withValue(proposal, 0.2).name()).isEqualTo("研发经费投入强度提高幅度");
	}

}
