package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.subjectName;
import static org.innograph.ingest.RealArticleRulesTests.withValue;

/**
 * What a figure is about ({@link Subjects}, {@link HomePlace}, {@link PlaceNames}) on
 * texts written for this test.
 */
class SubjectsTests {

	@Test
	void theCountryTheProvinceOfThePagesCityAndAZoneNamedThenReferredTo() {
		var proposal = propose("""
				杭州市高新技术企业发展报告
				全国高新技术企业达到40万家。全省高新技术企业达到3.5万家，其中杭州高新区新增高新技术企业800家。该区研发投入强度达到15%。
				""", "2023-03-01");
		assertThat(subjectName(proposal, withValue(proposal, 400000))).isEqualTo("中国");
		assertThat(subjectName(proposal, withValue(proposal, 35000))).isEqualTo("浙江省");
		assertThat(subjectName(proposal, withValue(proposal, 800))).isEqualTo("杭州高新技术产业开发区");
		assertThat(subjectName(proposal, withValue(proposal, 15))).as("该区: the zone named before")
			.isEqualTo("杭州高新技术产业开发区");
	}

	@Test
	void theWholeCityIsTheTitlesAndOurProvinceItsProvince() {
		var proposal = propose("""
				宁波市科技创新大会召开
				2022年，全市新增高新技术企业500家。我省新增高新技术企业5000家。
				""", "2023-03-01");
		assertThat(subjectName(proposal, withValue(proposal, 500))).isEqualTo("宁波市");
		assertThat(subjectName(proposal, withValue(proposal, 5000))).isEqualTo("浙江省");
	}

}
