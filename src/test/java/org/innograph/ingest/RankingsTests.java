package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.subjectName;

/**
 * Places in rankings ({@link Rankings}) on a text written for this test: ordinals after a
 * place or a ranking word, and a first place without a figure.
 */
class RankingsTests {

	static final String TEXT = """
			全国高新区综合评价结果发布
			2022年，在全国高新区综合评价中，杭州高新区第3、宁波高新区第20位。浙江省区域创新能力居全国第4位，技术合同成交额居全国首位。
			""";

	@Test
	void eachPlaceHoldsItsRankInTheEditionOfItsYear() {
		var proposal = propose(TEXT, "2023-03-01");
		assertThat(proposal.facts()).extracting(f -> subjectName(proposal, f), f -> f.rank(), f -> f.edition())
			.containsExactly(tuple("杭州高新技术产业开发区", 3, 2022), tuple("宁波高新技术产业开发区", 20, 2022), tuple("浙江省", 4, 2022),
					tuple("浙江省", 1, 2022));
	}

	@Test
	void theItemsOfAnEnumerationShareItsListAndARankingWordNamesWhatIsRanked() {
		var proposal = propose(TEXT, "2023-03-01");
		var facts = proposal.facts();
		assertThat(facts.get(1).list()).isEqualTo(facts.get(0).list());
		assertThat(facts.get(2).rule()).isEqualTo("ordinal");
		assertThat(facts.get(2).list()).endsWith("区域创新能力");
		assertThat(facts.get(3).rule()).isEqualTo("first-place");
		assertThat(facts.get(3).list()).isEqualTo("技术合同成交额");
	}

}
