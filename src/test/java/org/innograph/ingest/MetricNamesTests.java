package org.innograph.ingest;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;

/**
 * What a figure measures ({@link MetricNames}) on texts written for this test.
 */
class MetricNamesTests {

	@Test
	void aNameLosesThePlaceFillersAndVerbsAroundItAndAMeasureWrittenInAnotherWayHasItsOneName() {
		var proposal = propose("""
				浙江省科技工作会议
				2022年，全省高新技术产业实现增加值为1.2万亿元。R&D经费占GDP比重达到3.1%，比上年提高0.2个百分点。
				""", "2023-03-01");
		assertThat(proposal.facts()).extracting(ProposedFact::value, ProposedFact::name)
			.as("a change in points is of the share before")
			.containsExactly(tuple(1.2e12, "高新技术产业增加值"), tuple(3.1, "研发经费投入强度"), tuple(0.2, "研发经费投入强度提高幅度"));
	}

	@Test
	void theNounACounterCountsNamesTheCountAndAGrowthOrGoalWithoutANameIsOfTheFigureBefore() {
		var proposal = propose("""
				浙江省科技工作会议
				2022年，全省拥有8个国家高新区，技术合同成交额达到1200亿元，同比增长20%。高新技术企业数量达到3.5万家，力争2023年达到4万家。
				""", "2023-03-01");
		assertThat(proposal.facts()).extracting(ProposedFact::value, ProposedFact::name)
			.containsExactly(tuple(8.0, "国家高新区数量"), tuple(1.2e11, "技术合同成交额"), tuple(20.0, "技术合同成交额增速"),
					tuple(35000.0, "高新技术企业数量"), tuple(40000.0, "高新技术企业"));
	}

}
