package org.innograph.ingest;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on the seed article, scored against the gold file of its 40 curated
 * facts: the floor the issue sets (at least 36 found, at most 2 wrong).
 */
class ExtractionTests {

	static final IngestRules RULES = IngestRules.load();

	@Test
	void theSeedArticleYieldsItsCuratedFacts() throws Exception {
		var proposal = new ArticlePipeline(RULES, 1 << 20).propose(SeedGazetteer.seedArticle(), SeedGazetteer.load());
		var gold = JsonMapper.builder().build().readValue(Files.readString(SeedGazetteer.GOLD), Evaluation.Gold.class);
		var score = Evaluation.score("seed", proposal, gold);
		var details = score.details(Evaluation.names(proposal));
		assertThat(score.foundLenient()).as(details).isEqualTo(40);
		assertThat(score.foundStrict()).as(details).isGreaterThanOrEqualTo(23);
		assertThat(score.rightLenient()).as(details).isGreaterThanOrEqualTo(score.proposed() - 1);
		assertThat(score.noiseInFacts()).as(details).isEmpty();
	}

}
