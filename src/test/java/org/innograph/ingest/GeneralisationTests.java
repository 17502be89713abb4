package org.innograph.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on articles of the same genre that are not the seed, written for these tests:
 * one in simplified characters and clean, one in traditional characters scraped with its
 * navigation, menu, glosses, footer and spam, and both again in GB18030 and Big5.
 */
class GeneralisationTests {

	static final Path ARTICLES = Path.of("src/test/resources/ingest/articles");

	static final ArticlePipeline PIPELINE = new ArticlePipeline(ExtractionTests.RULES, 1 << 20);

	static byte[] article(String name) throws IOException {
		return Files.readAllBytes(ARTICLES.resolve(name));
	}

	static Proposal propose(byte[] bytes) {
		return PIPELINE.propose(bytes, SeedGazetteer.load());
	}

	/** A fact in a line: what a reviewer checks first. */
	static String line(ProposedFact f) {
		return switch (f.type()) {
			case "METRIC" -> "%s %s%s %s %s %s".formatted(number(f.value()),
					(f.previousValue() == null) ? "" : "(from " + number(f.previousValue()) + ") ", f.unit(), f.bound(),
					f.status(), f.period());
			case "RANKING" -> "rank %d %s".formatted(f.rank(), f.edition());
			case "DESIGNATION" -> "designation " + f.name();
			default -> f.relation() + " " + f.label();
		};
	}

	static String number(Double value) {
		return (value == Math.rint(value)) ? String.valueOf(value.longValue()) : String.valueOf(value);
	}

	static List<String> lines(Proposal proposal) {
		return proposal.facts().stream().map(GeneralisationTests::line).toList();
	}

	@Test
	void aCleanSimplifiedArticle() throws IOException {
		var proposal = propose(article("simplified-clean.txt"));
		assertThat(proposal.document().language()).isEqualTo("zh-Hans");
		assertThat(proposal.document().publishedAt()).isEqualTo("2024-02-06T10:30:00+08:00");
		assertThat(proposal.document().publisher()).isEqualTo("江苏省科技厅");
		assertThat(lines(proposal)).containsExactlyInAnyOrder("ORGANISED_BY 召开",
				"51000 count APPROXIMATE ACHIEVED 2023", "94000 count AT_MOST ACHIEVED 2023",
				"420000000000 CNY AT_LEAST ACHIEVED 2023", "18.6 % EXACT ACHIEVED 2023", "26 count EXACT ACHIEVED 2023",
				"186 count EXACT ACHIEVED 2023", "designation 国家知识产权强市建设示范城市", "rank 2 2023",
				"5 (from 15) day EXACT ACHIEVED 2023", "30000000000 CNY AT_LEAST ACHIEVED 2023",
				"120 count APPROXIMATE ACHIEVED 2023", "55000 count AT_LEAST TARGET 2024",
				"10 count AT_LEAST TARGET 2025");
		assertThat(proposal.entities()).anySatisfy(e -> {
			assertThat(e.name()).isEqualTo("苏州市");
			assertThat(e.kind()).isEqualTo("City");
			assertThat(e.existing()).isFalse();
		});
	}

	@Test
	void aScrapedTraditionalArticle() throws IOException {
		var proposal = propose(article("traditional-scraped.txt"));
		var text = proposal.document().text();
		assertThat(proposal.document().language()).isEqualTo("zh-Hant");
		assertThat(text).startsWith("廣東省科技廳發布2023年科技創新工作成效\n")
			.contains("中國科學院(CAS)", "(含分中心)", "(累計1500家)")
			.doesNotContain("(xiàn)", "首頁 |", "您現在的位置", "責任編輯", "ICP", "視頻", "免費");
		assertThat(lines(proposal)).containsExactlyInAnyOrder("7 year EXACT ACHIEVED 2023", "rank 1 2023",
				"460000000000 CNY APPROXIMATE ACHIEVED 2023", "3.4 % APPROXIMATE ACHIEVED 2023",
				"75000 count AT_LEAST ACHIEVED 2023", "500 count APPROXIMATE ACHIEVED 2023",
				"1500 count EXACT ACHIEVED 2023", "designation 国家科技成果转化示范区", "designation 国家科技成果转化示范区",
				"designation 全国重点实验室建设名单", "REFORMS 推进", "20 (from 45) day EXACT ACHIEVED 2023",
				"30000 count AT_MOST ACHIEVED 2023", "3 count EXACT ACHIEVED 2023");
		for (var fact : proposal.facts()) {
			assertThat(text.substring(fact.start(), fact.end())).as("the quote at its offsets").isEqualTo(fact.quote());
		}
	}

	@Test
	void gb18030AndBig5ReadTheSameAsUtf8() throws IOException {
		var simplified = new String(article("simplified-clean.txt"), StandardCharsets.UTF_8);
		var traditional = new String(article("traditional-scraped.txt"), StandardCharsets.UTF_8);
		var fromGb = propose(simplified.getBytes(Charset.forName("GB18030")));
		// Big5 has no tone-marked letters, so a Big5 page carries no pinyin glosses.
		var fromBig5 = propose(ArticleCleaner.withoutGlosses(traditional).getBytes(Charset.forName("Big5")));
		assertThat(fromGb.document().charset()).isEqualTo("GB18030");
		assertThat(fromBig5.document().charset()).isEqualTo("Big5");
		assertThat(lines(fromGb)).isEqualTo(lines(propose(article("simplified-clean.txt"))));
		assertThat(fromBig5.document().text()).isEqualTo(propose(article("traditional-scraped.txt")).document().text());
		assertThat(lines(fromBig5)).isEqualTo(lines(propose(article("traditional-scraped.txt"))));
	}

	@Test
	void groupsRangesAndHoldersAmongOthers() {
		var text = """
				某省科技创新工作取得新成效
				2024-01-10 来源：某省日报
				2023年，全省区域创新能力位居全国第一方阵，高新技术企业达1.95万家，较上年增长24.5%。新建省技术创新中心10-15个。中国科学技术大学等15家单位入选国家级创新平台名单。技术合同成交额增长近六成。
				""";
		var proposal = propose(text.getBytes(StandardCharsets.UTF_8));
		assertThat(lines(proposal)).containsExactlyInAnyOrder("19500 count EXACT ACHIEVED 2023",
				"24.5 % EXACT ACHIEVED 2023", "15 count EXACT ACHIEVED 2023", "designation 国家级创新平台名单",
				"60 % AT_MOST ACHIEVED 2023");
		assertThat(proposal.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("中国科学技术大学"));
	}

	@Test
	void chineseNumerals() {
		assertThat(ChineseNumbers.chinese("十")).isEqualTo(10);
		assertThat(ChineseNumbers.chinese("二十三")).isEqualTo(23);
		assertThat(ChineseNumbers.chinese("一百零五")).isEqualTo(105);
		assertThat(ChineseNumbers.chinese("两千")).isEqualTo(2000);
		assertThat(ChineseNumbers.chinese("三万五千")).isEqualTo(35000);
		assertThat(ChineseNumbers.chinese("十二亿")).isEqualTo(1.2e9);
		assertThat(ChineseNumbers.at("506亿元", 0).orElseThrow().value()).isEqualTo(5.06e10);
		assertThat(ChineseNumbers.at("3.2万家", 0).orElseThrow().value()).isEqualTo(32000);
		assertThat(ChineseNumbers.at("1,200项", 0).orElseThrow().value()).isEqualTo(1200);
	}

	@Test
	void ordinalsBoundsAndTargetsInOneParagraph() {
		var text = """
				某省科技厅通报2023年工作

				2023年，全省技术合同成交额约1200亿元左右，省级新型研发机构近百家，专利授权量居全国第三位，研发投入强度提高0.2个百分点。力争到2027年，科技型企业达到3万家以上，第一批试点县(市)不少于10个。
				""";
		var proposal = propose(text.getBytes(StandardCharsets.UTF_8));
		assertThat(lines(proposal))
			.contains("rank 3 2023", "0.2 pp EXACT ACHIEVED 2023", "30000 count AT_LEAST TARGET 2027",
					"10 count AT_LEAST TARGET 2027")
			.noneMatch(l -> l.startsWith("2023 "))
			.noneMatch(l -> l.startsWith("1 count"));
	}

}
