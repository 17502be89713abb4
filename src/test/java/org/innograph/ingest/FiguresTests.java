package org.innograph.ingest;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;

/**
 * The figure rules ({@link Figures}, with {@link Units} and {@link Bounds}) on texts
 * written for this test: the words of bound around a figure, shares in tenths and
 * fractions, changes and growth, and digits or numerals that are no figure.
 */
class FiguresTests {

	@Test
	void theWordsAroundAFigureMakeItABoundAndItsQuoteTakesThemIn() {
		var proposal = propose("""
				某省高新技术企业发展情况
				2023年，全省新增高新技术企业300余家，科技型中小企业约1.2万家，新建孵化器近50个，技术合同成交额达到1200亿元以上，研发人员2万人左右。
				""", "2024-01-10");
		assertThat(proposal.facts())
			.extracting(ProposedFact::rawText, ProposedFact::value, ProposedFact::unit, ProposedFact::bound)
			.containsExactly(tuple("300余家", 300.0, "count", "AT_LEAST"),
					tuple("约1.2万家", 12000.0, "count", "APPROXIMATE"), tuple("近50个", 50.0, "count", "AT_MOST"),
					tuple("1200亿元以上", 1.2e11, "CNY", "AT_LEAST"), tuple("2万人左右", 20000.0, "count", "APPROXIMATE"));
	}

	@Test
	void tenthsAndFractionsAreShares() {
		var proposal = propose("""
				某省高新区发展情况
				2023年，高新区营业收入占全省四成，六分之一的企业设有研发机构。
				""", "2024-01-10");
		assertThat(proposal.facts())
			.extracting(ProposedFact::rawText, ProposedFact::value, ProposedFact::unit, ProposedFact::bound)
			.as("a rounded share is about that")
			.containsExactly(tuple("四成", 40.0, "%", "EXACT"), tuple("六分之一", 16.67, "%", "APPROXIMATE"));
	}

	@Test
	void aChangeKeepsTheFigureBeforeAndAGrowthOrDeclineIsNamedAfterWhatItMeasures() {
		var proposal = propose("""
				某省科技创新情况
				2023年，全省省级重点实验室由120家增加到150家，审批时间从15个工作日压缩至5个工作日。高新技术产业增加值同比增长8.5%，规上工业能耗同比下降3.2%。
				""", "2024-01-10");
		assertThat(proposal.facts())
			.extracting(ProposedFact::rule, ProposedFact::name, ProposedFact::value, ProposedFact::previousValue,
					ProposedFact::unit)
			.containsExactly(tuple("change", "省级重点实验室", 150.0, 120.0, "count"),
					tuple("change", "审批时间", 5.0, 15.0, "day"), tuple("growth", "高新技术产业增加值增速", 8.5, null, "%"),
					tuple("growth", "规上工业能耗降幅", 3.2, null, "%"));
	}

	@Test
	void numeralsInsideWordsCodesAndRangesAreNoFigures() {
		var proposal = propose("""
				浙江省布局建设十大省实验室
				浙江省布局建设十大省实验室。2023年，一批项目落地，10-15家企业入驻，认定415X个项目。
				""", "2024-01-10");
		assertThat(proposal.facts()).extracting(ProposedFact::rule, ProposedFact::name, ProposedFact::value)
			.as("十大 counts the labs; 一批, the second figure of a range and a code do not count")
			.containsExactly(tuple("numbered-noun", "省实验室数量", 10.0));
	}

}
