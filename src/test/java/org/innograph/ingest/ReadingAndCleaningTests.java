package org.innograph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.innograph.ingest.IngestRefused.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read and clean stages alone: encodings, bad input, glosses, navigation and spam.
 */
class ReadingAndCleaningTests {

	static final ArticleCleaner CLEANER = new ArticleCleaner(ExtractionTests.RULES.cleaning());

	static void refused(byte[] bytes, long limit, Problem problem, String message) {
		assertThatExceptionOfType(IngestRefused.class).isThrownBy(() -> TextDecoder.decode(bytes, limit))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(problem))
			.withMessageContaining(message);
	}

	@Test
	void emptyInputIsRefused() {
		refused(new byte[0], 100, Problem.EMPTY, "empty");
		refused(" \n\t\u3000".getBytes(StandardCharsets.UTF_8), 100, Problem.EMPTY, "only white space");
	}

	@Test
	void binaryInputIsRefused() {
		refused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }, 100, Problem.BINARY, "binary");
	}

	@Test
	void oversizeInputIsRefusedWithTheLimitNamed() {
		refused("浙江省科技厅".repeat(10).getBytes(StandardCharsets.UTF_8), 100, Problem.TOO_LARGE,
				"more than the limit of 100 (innograph.ingest.max-bytes)");
	}

	@Test
	void undecodableInputIsRefused() {
		refused(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0x80, (byte) 0xFF }, 100,
				Problem.UNDECODABLE, "not valid UTF-8, GB18030/GBK or Big5");
	}

	@Test
	void htmlInputIsRefused() {
		refused("<html><body><p>浙江省科技厅</p></body></html>".getBytes(StandardCharsets.UTF_8), 1000, Problem.HTML, "HTML");
	}

	@Test
	void textWithoutChineseIsRefused() {
		refused("Just an English note.".getBytes(StandardCharsets.UTF_8), 1000, Problem.NOT_CHINESE, "no Chinese");
	}

	@Test
	void detectsUtf8Gb18030AndBig5() {
		var simplified = "全省高新技术企业数量约5.1万家，技术合同成交额同比增长18.6%。";
		var traditional = "全省高新技術企業數量約5.1萬家，技術合同成交額同比增長18.6%。";
		assertThat(TextDecoder.decode(simplified.getBytes(StandardCharsets.UTF_8), 1000).charset()).isEqualTo("UTF-8");
		var gb = TextDecoder.decode(simplified.getBytes(Charset.forName("GB18030")), 1000);
		assertThat(gb.charset()).isEqualTo("GB18030");
		assertThat(gb.text()).isEqualTo(simplified);
		var big5 = TextDecoder.decode(traditional.getBytes(Charset.forName("Big5")), 1000);
		assertThat(big5.charset()).isEqualTo("Big5");
		assertThat(big5.text()).isEqualTo(traditional);
		var gbTraditional = TextDecoder.decode(traditional.getBytes(Charset.forName("GB18030")), 1000);
		assertThat(gbTraditional.text()).isEqualTo(traditional);
	}

	@Test
	void glossesGoOnlyWhenTheyReadTheCharacterBefore() {
		assertThat(ArticleCleaner.withoutGlosses("現(xiàn)在、數(shù)量、區(qū)域")).isEqualTo("現在、數量、區域");
		// Polyphonic: 數 read shù although a dictionary lists shǔ first; 長 as zhǎng.
		assertThat(ArticleCleaner.withoutGlosses("數(shu4)據、長(zhang)")).isEqualTo("數據、長");
		assertThat(ArticleCleaner.withoutGlosses("綠(lǜ)色")).isEqualTo("綠色");
		// Real parentheses stay: not readings of the character before them.
		assertThat(ArticleCleaner.withoutGlosses("中國科學院(CAS)、縣(市)、(累計436項)、實驗室(lab)、省(an)"))
			.isEqualTo("中國科學院(CAS)、縣(市)、(累計436項)、實驗室(lab)、省(an)");
	}

	@Test
	void theSeedKeepsEveryRealParenthesisAndLosesEveryGloss() {
		var raw = new String(SeedGazetteer.seedArticle(), StandardCharsets.UTF_8);
		var cleaned = CLEANER.clean(raw);
		assertThat(cleaned.glossesRemoved()).isEqualTo(ArticleCleaner.glossesIn(raw).size()).isGreaterThan(200);
		assertThat(ArticleCleaner.glossesIn(cleaned.text())).isEmpty();
		assertThat(cleaned.text()).doesNotContainPattern("\\p{IsHan}\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
		// Every parenthesis of the article's body that is not a gloss is still there: the
		// seed has no real parenthesis of Latin letters, so dropping them all leaves the
		// real ones.
		var body = raw.substring(0, raw.indexOf("文章錄入")).replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "");
		var real = Pattern.compile("\\([^()]*\\)").matcher(body).results().map(m -> m.group()).toList();
		assertThat(real).containsExactly("(累計436項)", "(市、區)", "(市)", "(市)");
		var kept = Pattern.compile("\\([^()]*\\)").matcher(cleaned.text()).results().map(m -> m.group()).toList();
		assertThat(kept).isEqualTo(real);
	}

	@Test
	void navigationFooterAndSpamNeverReachTheText() {
		var raw = new String(SeedGazetteer.seedArticle(), StandardCharsets.UTF_8);
		var text = CLEANER.clean(raw).text();
		assertThat(text).startsWith("浙江省科技廳連續兩年榮獲")
			.endsWith("著力打造更多標志性成果。")
			.doesNotContain("您現在的位置", "文章錄入", "上一篇", "ICP", "E-Mail", "視頻", "视频", "精品");
		var scraped = """
				当前位置：首页 > 科技动态 > 正文
				首页 | 新闻 | 政务 | 服务
				某市科技局召开会议
				会议指出，全市新增高新技术企业120家。
				最新免费高清视频在线观看 精品一区二区
				全市技术合同成交额同比增长12%。
				责任编辑：王某
				相关新闻
				""";
		var cleaned = CLEANER.clean(scraped);
		assertThat(cleaned.text()).isEqualTo("某市科技局召开会议\n会议指出，全市新增高新技术企业120家。\n全市技术合同成交额同比增长12%。");
		assertThat(cleaned.droppedLines()).as("navigation, menu, spam and the two footer lines").hasSize(5);
	}

	@Test
	void siteChromeAroundTheHeadlineIsNeitherTextNorTitle() {
		var page = """
				您好,欢迎来到某某创业网! 登录 注册 +关注我们 | 返回首页 | 加入收藏 | 设为首页
				1. 首页
				某市高新区去年营业总收入增长18%
				首頁 > 科技 > > 正文
				发布日期:2018-01-31   编辑:某某创业网   来源:某市日报
				2017年,某市高新区经济社会继续保持平稳较快发展。营业总收入同比增长18%,地区生产总值同比增长8.6%。
				""";
		var cleaned = CLEANER.clean(page);
		assertThat(cleaned.text()).doesNotContain("返回首页", "1. 首页", "首頁 >").contains("营业总收入同比增长18%");
		var proposal = GeneralisationTests.PIPELINE.propose(page.getBytes(StandardCharsets.UTF_8),
				SeedGazetteer.load());
		assertThat(proposal.document().title()).isEqualTo("某市高新区去年营业总收入增长18%");
		assertThat(proposal.document().publishedAt()).isEqualTo("2018-01-31");
	}

	@Test
	void aToneMarkedGlossGoesEvenAfterAGarbledCharacter() {
		var cleaned = CLEANER.clean("上海科苿(chuàng)板上市企业占93.02%，中国科学院(CAS)的数据。");
		assertThat(cleaned.text()).isEqualTo("上海科苿板上市企业占93.02%，中国科学院(CAS)的数据。");
	}

}
