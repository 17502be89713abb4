package org.innograph.ingest;

import java.util.List;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.subjectName;
import static org.innograph.ingest.RealArticleRulesTests.withValue;

/**
 * Figures said of the items of a list in turn ({@link Lists}) on texts written for this
 * test: years, places, and a count of listed places.
 */
class ListsTests {

	@Test
	void theValuesOfAListOfYearsAreEachYears() {
		var proposal = propose("""
				浙江省高新技术企业统计
				2021年、2022年和2023年，全省高新技术企业分别达到1.1万家、1.3万家和1.5万家。
				""", "2024-03-01");
		assertThat(proposal.facts()).extracting(ProposedFact::value, ProposedFact::period, ProposedFact::name)
			.containsExactly(tuple(11000.0, "2021", "高新技术企业"), tuple(13000.0, "2022", "高新技术企业"),
					tuple(15000.0, "2023", "高新技术企业"));
	}

	@Test
	void theFiguresAfterAListOfPlacesAreEachPlaces() {
		var proposal = propose("""
				浙江省高新技术企业统计
				杭州、宁波和温州营业收入分别增长12%、10%和8%。
				""", "2024-03-01");
		var places = List.of("杭州市", "宁波市", "温州市");
		var values = List.of(12.0, 10.0, 8.0);
		for (int n = 0; n < 3; n++) {
			var fact = withValue(proposal, values.get(n));
			assertThat(subjectName(proposal, fact)).isEqualTo(places.get(n));
			assertThat(fact.name()).isEqualTo("营业收入增速");
		}
	}

	@Test
	void aCountOfListedPlacesIsOfTheArticlesPlaceAndNamedAfterWhatTheyDid() {
		var proposal = propose("""
				浙江省创新型县建设
				长兴、新昌等5个县(市)通过国家创新型县(市)考核验收。
				""", "2023-03-01");
		var five = withValue(proposal, 5);
		assertThat(subjectName(proposal, five)).isEqualTo("浙江省");
		assertThat(five.name()).isEqualTo("通过国家创新型县(市)考核验收数量");
	}

}
