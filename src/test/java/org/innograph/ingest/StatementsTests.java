package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innograph.ingest.RealArticleRulesTests.propose;
import static org.innograph.ingest.RealArticleRulesTests.subjectName;

/**
 * What clauses state without a figure ({@link Statements}) on texts written for this
 * test: designations, relations and a model named after a place.
 */
class StatementsTests {

	@Test
	void eachHolderBeforeTheVerbHoldsTheTitleAfterIt() {
		var proposal = propose("""
				浙江省创新型城市建设
				杭州市、宁波市获批国家创新型城市。温州市荣获全国科技进步先进市称号。
				""", "2023-03-01");
		assertThat(proposal.facts()).extracting(f -> subjectName(proposal, f), f -> f.name())
			.containsExactly(tuple("杭州市", "国家创新型城市"), tuple("宁波市", "国家创新型城市"), tuple("温州市", "全国科技进步先进市"));
	}

	@Test
	void aVerbOfTheGraphsRelationsWithANamedObjectStatesARelation() {
		var proposal = propose("""
				浙江省科技厅召开会议
				来源：浙江省科技厅
				全省加快建设杭州城西科创大走廊，深入贯彻落实创新驱动发展战略。杭州高新区成为全省创新发展的主引擎。
				""", "2023-03-01");
		var names = Evaluation.names(proposal);
		assertThat(proposal.facts()).extracting(f -> names.get(f.from()), f -> f.relation(), f -> names.get(f.to()))
			.as("the publisher acts where the clause names no one")
			.containsExactly(tuple("浙江省科技厅", "ADVANCES", "杭州城西科创大走廊"),
					tuple("杭州高新技术产业开发区", "CONTRIBUTES_TO", "全省创新发展的主引擎"));
	}

	@Test
	void aModelIsNamedAfterItsPlace() {
		var proposal = propose("""
				浙江省创新经验推广
				"新昌模式"在全省推广。
				""", "2023-03-01");
		var names = Evaluation.names(proposal);
		assertThat(proposal.facts()).extracting(f -> names.get(f.from()), f -> f.relation(), f -> names.get(f.to()))
			.containsExactly(tuple("新昌模式", "NAMED_AFTER", "新昌县"));
	}

}
