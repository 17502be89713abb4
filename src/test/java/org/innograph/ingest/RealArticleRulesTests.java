package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.innograph.ingest.Proposal.ProposedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The classes of problem that real articles showed, each on a text written for this test:
 * page chrome above the article, a goal's scope, periods of months, growth named after
 * what it measures, the subject of a figure, and the date of a page that states none.
 */
class RealArticleRulesTests {

	static Proposal propose(String text, String pageDate) {
		return GeneralisationTests.PIPELINE.propose(text.getBytes(StandardCharsets.UTF_8), SeedGazetteer.load(),
				pageDate);
	}

	static Proposal propose(String text) {
		return propose(text, null);
	}

	static ProposedFact withValue(Proposal proposal, double value) {
		return proposal.facts()
			.stream()
			.filter(f -> f.value() != null && f.value() == value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fact of value " + value + " in " + proposal.facts()));
	}

	static String subjectName(Proposal proposal, ProposedFact fact) {
		return Evaluation.names(proposal).get(fact.subject());
	}

	@Test
	void footerWordsAboveTheArticleDoNotCutIt() {
		var proposal = propose("""
				分享到： 微信 微博 | 责任编辑：李某
				某市高新区去年新增高新技术企业150家，技术合同成交额达到32亿元，同比增长18%。
				该区研发经费投入强度达到4.2%，较上年提高0.3个百分点。
				相关新闻
				版权所有 某市新闻网
				""");
		assertThat(proposal.document().text()).contains("新增高新技术企业150家", "研发经费投入强度").doesNotContain("版权所有", "分享到");
		assertThat(proposal.facts()).extracting(ProposedFact::value).contains(150.0, 3.2e9, 18.0, 4.2);
	}

	@Test
	void advertisingWordsInsideProseKeepTheParagraph() {
		var proposal = propose("""
				某省科技工作会议召开
				2022年，全省新增超高清视频创新中心等国家级平台3家，培育精品课程项目12个，高新技术企业达到1.2万家，同比增长20%，技术合同成交额突破900亿元。
				""");
		assertThat(proposal.facts()).extracting(ProposedFact::value).contains(3.0, 12000.0, 20.0, 9e10);
	}

	@Test
	void aGoalGovernsTheClausesAndItemsAfterIt() {
		var proposal = propose("""
				某省印发科技创新规划
				规划提出，到2025年，全省研发经费投入强度达到3%；高新技术企业数量超过2万家、科技型中小企业达到5万家。2023年，全省技术合同成交额为800亿元，完成年度目标的105%。
				""");
		for (var target : List.of(3.0, 20000.0, 50000.0)) {
			assertThat(withValue(proposal, target)).satisfies(f -> {
				assertThat(f.status()).isEqualTo("TARGET");
				assertThat(f.period()).isEqualTo("2025");
			});
		}
		assertThat(withValue(proposal, 20000.0).bound()).isEqualTo("AT_LEAST");
		assertThat(withValue(proposal, 8e10).status()).isEqualTo("ACHIEVED");
		assertThat(withValue(proposal, 8e10).period()).isEqualTo("2023");
		assertThat(withValue(proposal, 105.0).status()).as("a goal reported as met is no target").isEqualTo("ACHIEVED");
	}

	@Test
	void theEndOfAMonthOrQuarterDatesAStockAfterALeadIn() {
		var proposal = propose("""
				某省科技金融发布会
				2022年，全省技术合同成交额为800亿元。
				统计数据显示，截至2022年6月末，金融机构为1200户高新技术企业提供信贷支持，贷款余额300亿元。
				另外，截至2022年7月，省级科技型中小企业累计备案9800家。
				从领域分布看，截止一季度末，电子信息领域5100家，占比20.5%。
				""", "2022-08-24");
		assertThat(withValue(proposal, 8e10).period()).isEqualTo("2022");
		assertThat(withValue(proposal, 1200.0).period()).isEqualTo("2022-06");
		assertThat(withValue(proposal, 3e10).period()).isEqualTo("2022-06");
		assertThat(withValue(proposal, 9800.0).period()).as("截至 a month: as of it").isEqualTo("2022-07");
		assertThat(withValue(proposal, 5100.0).period()).as("the end of the first quarter").isEqualTo("2022-03");
		assertThat(withValue(proposal, 20.5).period()).isEqualTo("2022-03");
	}

	@Test
	void theShareOfAStockIsOfTheStocksDateAndAShareOfNewOnesOfTheirSpan() {
		var proposal = propose("""
				某市一季度科技型企业入库情况
				2021年一季度，某市新增第三产业科技型企业586家，占新增总数的51.5%。累计入库第三产业科技型企业11298家，占比41.1%。
				""", "2021-04-20");
		assertThat(withValue(proposal, 586.0).period()).isEqualTo("2021-01/2021-03");
		assertThat(withValue(proposal, 51.5).period()).as("a share of the new ones: the quarter")
			.isEqualTo("2021-01/2021-03");
		assertThat(withValue(proposal, 11298.0).period()).as("a stock: at the quarter's end").isEqualTo("2021-03");
		assertThat(withValue(proposal, 41.1).period()).as("the stock's share").isEqualTo("2021-03");
	}

	@Test
	void aSentenceThatNamesAPlanPeriodWithoutFiguresFramesTheNext() {
		var proposal = propose("""
				某省科技工作会议举行
				2021年某省科技工作会议12日举行，会议总结了2020年和“十三五”全省科技工作。
				记者从会上获悉，“十三五”时期，某省科技创新多项指标实现大幅提升。该省高新技术企业由3300家增至10400家，增长215%。
				某省力争于“十四五”末期拥有高新技术企业达15000家以上。
				""", "2021-01-13");
		assertThat(withValue(proposal, 10400.0).period()).isEqualTo("2016/2020");
		assertThat(withValue(proposal, 215.0).period()).isEqualTo("2016/2020");
		assertThat(withValue(proposal, 15000.0)).satisfies(f -> {
			assertThat(f.period()).as("the plan's last year").isEqualTo("2025");
			assertThat(f.status()).isEqualTo("TARGET");
		});
	}

	@Test
	void aPageWithADateButNoYearInItsTextSpeaksOfItsYear() {
		var proposal = propose("""
				某省新增5家省级高新区，总数增至44家
				2023
				01/30
				15:03

				1月29日，记者从某省科技厅获悉，省政府新批准认定了5家省级高新技术产业开发区，使全省的高新区总数增至44家。
				""");
		assertThat(proposal.document().publishedAt()).as("a date split over lines")
			.isEqualTo("2023-01-30T15:03:00+08:00");
		assertThat(withValue(proposal, 44.0).period()).isEqualTo("2023");
	}

	@Test
	void aDistrictInBracketsAfterAZoneGlossesTheZone() {
		var proposal = GeneralisationTests.PIPELINE.propose("""
				乌鲁木齐高新区发展纪实
				记者获悉，高新区(新市区)独立法人企业8000多家，高新技术企业占全新疆的41%、乌鲁木齐市的66%，股权投资企业334家。
				2012年7月，高新区(新市区)生产总值达686.5亿元。
				""".getBytes(StandardCharsets.UTF_8), SeedGazetteer.withDivisions(), "2013-07-08");
		for (var value : List.of(8000.0, 41.0, 66.0, 334.0, 6.865e10)) {
			assertThat(subjectName(proposal, withValue(proposal, value))).as("the zone, of %s", value)
				.isEqualTo("乌鲁木齐高新技术产业开发区");
		}
		assertThat(withValue(proposal, 6.865e10).period()).as("the month the sentence opens on").isEqualTo("2012-07");
	}

	@Test
	void aZoneNamedWithNationalAfterItsCityIsTheZone() {
		var proposal = GeneralisationTests.PIPELINE.propose("""
				厦门高新区发展综述
				2021年，厦门国家火炬高新区拥有高新技术企业1000多家，占厦门近五成。
				""".getBytes(StandardCharsets.UTF_8), SeedGazetteer.withDivisions(), "2021-08-01");
		assertThat(subjectName(proposal, withValue(proposal, 1000.0))).isEqualTo("厦门火炬高技术产业开发区");
		assertThat(withValue(proposal, 1000.0).name()).as("the zone is the subject, not the name")
			.doesNotContain("厦门", "火炬");
	}

	@Test
	void theWholeARankingIsWithinIsNotItsHolderAndARestatedRankingIsOneFact() {
		var proposal = GeneralisationTests.PIPELINE.propose("""
				某省高新技术产值 某市贡献近五成
				2015年，贵阳高新技术工业产值首超千亿元，位居全省第一。
				报告显示，2015年，全省高新技术产业产值为2820.82亿元，同比增长22.3%。其中，贵阳高新技术工业产值为1146.37亿元，居全省第1位，占全省的比重达48.99%。
				""".getBytes(StandardCharsets.UTF_8), SeedGazetteer.withDivisions(), "2016-05-17");
		var rankings = proposal.facts().stream().filter(f -> f.type().equals("RANKING")).toList();
		assertThat(rankings).as("said twice, one fact").singleElement().satisfies(f -> {
			assertThat(subjectName(proposal, f)).isEqualTo("贵阳市");
			assertThat(f.rank()).isEqualTo(1);
		});
		assertThat(subjectName(proposal, withValue(proposal, 2.82082e11))).isEqualTo("贵州省");
		assertThat(subjectName(proposal, withValue(proposal, 22.3))).as("the province's growth, as its output's")
			.isEqualTo("贵州省");
		assertThat(subjectName(proposal, withValue(proposal, 48.99))).isEqualTo("贵阳市");
	}

	@Test
	void allTheParticipantsAreTheirGroupAndTheWholeTheyAreComparedWithIsNot() {
		var proposal = GeneralisationTests.PIPELINE.propose("""
				天津市开发区综合发展水平评价结果公布
				2021年，全部参评开发区实际使用外资同比增长13.9%，占全市比重为85.2%；进出口总额同比增长22.1%，高于全市5.8个百分点。
				""".getBytes(StandardCharsets.UTF_8), SeedGazetteer.withDivisions(), "2022-09-01");
		for (var value : List.of(13.9, 85.2, 22.1, 5.8)) {
			assertThat(subjectName(proposal, withValue(proposal, value))).as("of %s", value).isEqualTo("天津市参评开发区");
		}
		var counted = propose("""
				研发投入统计公报
				2022年，R&D经费投入强度超过全国平均水平的省(市)有7个。
				""", "2023-09-18");
		assertThat(subjectName(counted, withValue(counted, 7.0))).as("what is counted, not a comparison")
			.isEqualTo("中国");
	}

	@Test
	void aYearThePageHadNotReachedMakesEveryFigureOfItAGoal() {
		var proposal = propose("""
				某省力争2025年进入创新型省份行列
				到2025年，全省研发经费投入强度达到2.5%。
				为了保障实现这一目标，高新技术企业数量达到3000家以上，科技型中小企业入库数量达到4000家。
				""", "2022-03-17");
		for (var goal : List.of(2.5, 3000.0, 4000.0)) {
			assertThat(withValue(proposal, goal)).satisfies(f -> {
				assertThat(f.status()).isEqualTo("TARGET");
				assertThat(f.period()).isEqualTo("2025");
			});
		}
		var reported = propose("""
				某省科技工作总结
				2025年，全省高新技术企业数量达到3100家。
				""", "2026-01-10");
		assertThat(withValue(reported, 3100.0).status()).as("a year already past").isEqualTo("ACHIEVED");
	}

	@Test
	void theProvincesZonesAsAWholeAreTheSubjectOfTheirTotals() {
		var proposal = propose("""
				浙江省高新区发展情况
				2022年，全省54家高新区实现营业收入3200亿元，高新技术产业增加值1500亿元。全省研发投入强度达到3.1%。
				""", "2023-03-01");
		assertThat(subjectName(proposal, withValue(proposal, 54.0))).as("how many zones: the province's")
			.isEqualTo("浙江省");
		assertThat(subjectName(proposal, withValue(proposal, 3.2e11))).isEqualTo("浙江省高新区");
		assertThat(subjectName(proposal, withValue(proposal, 1.5e11))).isEqualTo("浙江省高新区");
		assertThat(subjectName(proposal, withValue(proposal, 3.1))).as("the province again").isEqualTo("浙江省");
	}

	@Test
	void valuesStatedRespectivelyBelongToTheirYears() {
		var proposal = propose("""
				某省技术合同成交额突破4000亿元
				2020年、2021年、2022年，浙江技术合同成交额分别为1533.66亿元、2343.44亿元、3053.5亿元。
				2020年至2022年，研发投入分别增长10%、12%。
				""", "2024-01-16");
		var years = List.of("2020", "2021", "2022");
		var values = List.of(1.53366e11, 2.34344e11, 3.0535e11);
		for (int n = 0; n < 3; n++) {
			var fact = withValue(proposal, values.get(n));
			assertThat(fact.period()).isEqualTo(years.get(n));
			assertThat(fact.name()).isEqualTo(withValue(proposal, values.getFirst()).name()).contains("技术合同成交额");
		}
		assertThat(withValue(proposal, 12.0).period()).as("a span is no list of years").isNotEqualTo("2021");
	}

	@Test
	void theTopPlacesNamedInOrderHoldTheirRanks() {
		var proposal = propose("""
				浙江省高新区创新发展绩效评价结果发布
				2022年，排名前三的国家级高新区分别为杭州高新区、宁波高新区和温州高新区。
				""", "2023-03-01");
		var ranks = proposal.facts().stream().filter(f -> "RANKING".equals(f.type())).toList();
		assertThat(ranks)
			.extracting(f -> subjectName(proposal, f) + " " + f.rank() + " " + f.list() + " " + f.edition())
			.as("the zones the graph knows, by their full names")
			.containsExactly("杭州高新技术产业开发区 1 国家级高新区 2022", "宁波高新技术产业开发区 2 国家级高新区 2022", "温州高新技术产业开发区 3 国家级高新区 2022");
	}

	@Test
	void aParagraphPrintedTwiceIsOneFactStatedTwice() {
		var paragraph = "2023年，全省技术合同成交额达4120.76亿元，同比增长34.95%。";
		var text = "某省技术合同成交额突破4000亿元\n" + paragraph + "\n" + paragraph + "\n";
		var proposal = propose(text, "2024-01-16");
		var contracts = proposal.facts().stream().filter(f -> f.value() != null && f.value() == 4.12076e11).toList();
		assertThat(contracts).singleElement().satisfies(f -> {
			assertThat(f.places()).hasSize(2);
			assertThat(f.places().get(1).start()).isGreaterThan(f.start());
			assertThat(text.substring(f.places().get(1).start(), f.places().get(1).end()))
				.isEqualTo(f.places().get(1).quote());
		});
		assertThat(proposal.facts().stream().filter(f -> f.value() != null && f.value() == 34.95)).hasSize(1);

		// The same figure in other words is another statement, kept apart.
		var labs = propose("""
				某省企业国家重点实验室评估成绩优良
				某省6家企业国家重点实验室均通过评估，其中2家评估结果为优秀。
				某省6家企业国家重点实验室均通过评估，其中2家评估结果为优秀。
				参加此次评估的6家企业国家重点实验室拥有固定研发人员915人。
				""", "2018-07-12");
		var six = labs.facts().stream().filter(f -> f.value() != null && f.value() == 6.0).toList();
		assertThat(six).as(six.stream().map(f -> f.quote() + "@" + f.start() + " " + f.subject()).toList().toString())
			.hasSize(2)
			.anySatisfy(f -> assertThat(f.places()).hasSize(2));
	}

	@Test
	void monthsNarrowThePeriodAndThePagesDateGivesTheYear() {
		var proposal = propose("""
				今年1-9月，全省高新技术产业增加值4200亿元，同比增长9.5%。上半年，技术合同成交额560亿元。
				""", "2021-10-20");
		assertThat(withValue(proposal, 4.2e11).period()).isEqualTo("2021-01/2021-09");
		assertThat(withValue(proposal, 9.5).period()).isEqualTo("2021-01/2021-09");
		assertThat(withValue(proposal, 5.6e10).period()).isEqualTo("2021-01/2021-06");
	}

	@Test
	void growthIsNamedAfterWhatItMeasures() {
		var proposal = propose("""
				某省发布统计数据
				2022年，全省专利授权量达到12.5万件，同比增长8.1%；高新技术企业实现营业收入2.1万亿元，同比增长11.4%。
				""");
		assertThat(withValue(proposal, 125000.0).name()).isEqualTo("专利授权量");
		assertThat(withValue(proposal, 8.1).name()).isEqualTo("专利授权量增速");
		assertThat(withValue(proposal, 11.4).name()).isEqualTo("高新技术企业营业收入增速");
	}

	@Test
	void theSubjectIsThePlaceOrZoneTheTextMakesItAbout() {
		var proposal = propose("""
				江苏省科技厅发布2022年全省科技创新统计
				2022年，全省研发经费投入达到3800亿元。苏州高新区实现营业收入3000亿元，同比增长9%；该区新增上市企业6家。全国研发经费投入3.08万亿元。江苏研发经费投入居全国第二位。
				""");
		assertThat(subjectName(proposal, withValue(proposal, 3.8e11))).isEqualTo("江苏省");
		assertThat(subjectName(proposal, withValue(proposal, 3e11))).isEqualTo("苏州高新区");
		assertThat(subjectName(proposal, withValue(proposal, 9.0))).isEqualTo("苏州高新区");
		assertThat(subjectName(proposal, withValue(proposal, 6.0))).isEqualTo("苏州高新区");
		assertThat(subjectName(proposal, withValue(proposal, 3.08e12))).isEqualTo("中国");
		var ranking = proposal.facts().stream().filter(f -> "RANKING".equals(f.type())).findFirst().orElseThrow();
		assertThat(subjectName(proposal, ranking)).as("全国 names the list, not its holder").isEqualTo("江苏省");
		assertThat(ranking.rank()).isEqualTo(2);
	}

	@Test
	void aLeadMarkerOrCaptionIsNoTitle() {
		var proposal = propose("""
				(资料图片)
				【本刊讯】某市日前公布了前三季度科技统计数据。全市技术合同成交额120亿元。
				""");
		assertThat(proposal.document().title()).isEqualTo("某市日前公布了前三季度科技统计数据");
	}

	@Test
	void aSpanOfYearsOrAPlanPeriodGovernsItsClauseAndThoseAfterIt() {
		var proposal = propose("""
				某省高新区发展报告发布
				2020年全省高新区实现营业收入2200亿元，"十三五"期间年均增长16.5%、21.3%。
				2013年至2015年，全省高新技术企业总数每年增幅保持在30%以上。
				""", "2021-12-17");
		assertThat(withValue(proposal, 2.2e11).period()).isEqualTo("2020");
		assertThat(withValue(proposal, 16.5).period()).isEqualTo("2016/2020");
		assertThat(withValue(proposal, 21.3).period()).isEqualTo("2016/2020");
		assertThat(withValue(proposal, 30).period()).isEqualTo("2013/2015");
	}

	@Test
	void aFigureAsOfNowIsDatedByThePage() {
		var proposal = propose("""
				某省科技成果转化改革成效明显
				2022年以来，某省在高校推广改革经验。截至目前，全省145家单位参与试点。
				至此，全省有效期内的高新技术企业总数达1095家。
				""", "2024-01-17");
		assertThat(withValue(proposal, 145).period()).isEqualTo("2024-01");
		assertThat(withValue(proposal, 1095).period()).isEqualTo("2024-01");
	}

	@Test
	void theWholeProvinceOrEveryCityIsNoPlaceOfItsOwn() {
		var proposal = propose("""
				浙江省技术交易活跃
				2017年，浙江省技术合同成交额达到300亿元。其中，技术开发和技术转让两类技术合同占全省成交总金额的83.49%；组织各市转化重大科技成果超1300项。
				""");
		assertThat(subjectName(proposal, withValue(proposal, 83.49))).isEqualTo("浙江省");
		assertThat(subjectName(proposal, withValue(proposal, 1300))).isEqualTo("浙江省");
	}

	@Test
	void theTopPlacesAfterAColonHoldTheirRanksAndTheTopIsNoCount() {
		var proposal = propose("""
				浙江省高新技术企业总数突破1万家
				近3年来，全省高新技术企业总数每年增幅始终保持在30%以上。2015年，高新技术企业增加数量位列前三名的地区分别是：杭州、宁波和温州。
				""", "2015-11-28");
		assertThat(withValue(proposal, 30).period()).isEqualTo("2013/2015");
		var ranks = proposal.facts().stream().filter(f -> f.type().equals("RANKING")).toList();
		assertThat(ranks).extracting(f -> subjectName(proposal, f) + " " + f.rank())
			.containsExactly("杭州市 1", "宁波市 2", "温州市 3");
		assertThat(proposal.facts()).filteredOn(f -> f.type().equals("METRIC"))
			.extracting(ProposedFact::value)
			.doesNotContain(3.0);
	}

	@Test
	void toJoinTheRanksOfATitleIsADesignationWithItsStatus() {
		var proposal = propose("""
				浙江省创新型省份建设方案印发
				到2025年，力争浙江省进入创新型省份先进行列，宁波市进入创新型城市行列。2022年，温州市跻身创新型城市行列。
				""", "2022-06-01");
		var designations = proposal.facts().stream().filter(f -> f.type().equals("DESIGNATION")).toList();
		assertThat(designations)
			.extracting(f -> subjectName(proposal, f) + " " + f.name() + " " + f.status() + " " + f.year())
			.containsExactly("浙江省 创新型省份 TARGET 2025", "宁波市 创新型城市 TARGET 2025", "温州市 创新型城市 ACHIEVED 2022");
	}

	@Test
	void theHeadlinesPeriodHoldsUntilTheBodyNamesOne() {
		var proposal = propose("""
				去年浙江省研发经费投入超两千亿元
				据统计，全省研究与试验发展经费投入达到2416亿元。2023年1-6月，技术合同成交额达到900亿元。
				""", "2023-09-19");
		assertThat(withValue(proposal, 2.416e11).period()).isEqualTo("2022");
		assertThat(withValue(proposal, 9e10).period()).isEqualTo("2023-01/2023-06");
	}

	@Test
	void aYearBetweenTheNameAndTheFigureIsNotTheName() {
		var proposal = propose("""
				浙江网上技术市场去年吸金143亿元
				浙江省技术市场吸纳技术的成交额2013年达到143.4亿元。
				""", "2014-03-01");
		var fact = proposal.facts().getFirst();
		assertThat(fact.name()).isEqualTo("技术市场吸纳技术的成交额");
		assertThat(fact.period()).isEqualTo("2013");
	}

	@Test
	void monthsNamedAfterTheFirstFigureQualifyOnlyTheirClauses() {
		var proposal = propose("""
				某市科技局召开会议，总结了2021年全市科技工作。
				据了解，去年全年某市新增省级研发机构17家、登记科技成果83项，1-10月份专利授权完成4321件，同比增长12%。
				与此同时，某市技术市场注册会员达到560个。
				2022年1-6月，某市技术合同成交额达到12亿元。其中，技术开发合同成交额达到5亿元。
				""", "2022-02-10");
		assertThat(withValue(proposal, 17).period()).isEqualTo("2021");
		assertThat(withValue(proposal, 83).period()).isEqualTo("2021");
		assertThat(withValue(proposal, 4321).period()).isEqualTo("2021-01/2021-10");
		assertThat(withValue(proposal, 12).period()).isEqualTo("2021-01/2021-10");
		assertThat(withValue(proposal, 560).period()).isEqualTo("2021");
		assertThat(withValue(proposal, 1.2e9).period()).isEqualTo("2022-01/2022-06");
		assertThat(withValue(proposal, 5e8).period()).isEqualTo("2022-01/2022-06");
	}

	@Test
	void aChangeInPercentagePointsIsAFactOfTheShareItMoves() {
		var proposal = propose("""
				2021年，湖南省高新技术产业产值占规模以上工业总产值比重达45%，比2016年提高8个百分点；研发经费占GDP比重提高0.21个百分点。
				""");
		var points = withValue(proposal, 8);
		assertThat(points.unit()).isEqualTo("pp");
		assertThat(points.name()).isEqualTo("高新技术产业产值占规模以上工业总产值比重提高幅度");
		assertThat(withValue(proposal, 0.21).name()).isEqualTo("研发经费投入强度提高幅度");
	}

	@Test
	void aGrowthAShareOrAGoalWithoutANameOfItsOwnIsOfTheFigureBefore() {
		var proposal = propose("""
				1-2月湖南省高新技术企业实现总收入4484.8亿元，比上 年同期增长20.3%。
				2014年，全市高新技术企业申请专利4534件，占全市总数的17.72%。
				到2027年，全市高新技术企业突破4万家，力争达到5万家。
				""");
		assertThat(withValue(proposal, 20.3).name()).isEqualTo("高新技术企业总收入增速");
		assertThat(withValue(proposal, 17.72).name()).isEqualTo("高新技术企业申请专利占全市总数");
		assertThat(withValue(proposal, 50000).name()).isEqualTo(withValue(proposal, 40000).name());
	}

	@Test
	void theWholeOfAShareIsNotItsSubjectAndABareZoneWordIsTheZoneBefore() {
		var proposal = propose("""
				某市高新区在169个国家级高新区中位居第七名。
				据统计，2022年，高新区税收收入占某市比重达24.6%。
				""");
		var share = withValue(proposal, 24.6);
		assertThat(subjectName(proposal, share)).isEqualTo("某市高新区");
		assertThat(proposal.entities()).filteredOn(e -> e.name().equals("某市高新区"))
			.extracting(Proposal.ProposedEntity::kind)
			.containsExactly("HighTechZone");
	}

	@Test
	void aSentenceThatOpensWithAZoneMakesItTheSubjectOfTheFiguresAfterIt() {
		var proposal = propose("""
				2017年,杭州高新区经济社会继续保持平稳较快发展的良好态势。营业总收入同比增长18.5%,地区生产总值同比增长8.6%。
				""", "2018-01-31");
		assertThat(subjectName(proposal, withValue(proposal, 18.5)))
			.isEqualTo(subjectName(proposal, withValue(proposal, 8.6)));
		assertThat(subjectName(proposal, withValue(proposal, 8.6))).contains("杭州高新");
		assertThat(proposal.entities()).extracting(Proposal.ProposedEntity::name).doesNotContain("地区");
	}

	@Test
	void theYearNearestBeforeAFigureIsItsPeriod() {
		var proposal = propose("""
				据新闻从2023年湖南省科技工作会议上了解到，2022年湖南新增瞪羚企业62家，增长40.8%。
				截至2021年底，湖南省有效期内高新技术企业2055家。
				""", "2023-02-09");
		assertThat(withValue(proposal, 62).period()).isEqualTo("2022");
		assertThat(withValue(proposal, 40.8).period()).isEqualTo("2022");
		assertThat(withValue(proposal, 2055).status()).as("截至 dates a figure; it sets no goal").isEqualTo("ACHIEVED");
	}

	@Test
	void anEstimateOfAPastYearIsNoGoalAndAPlanIsOne() {
		var proposal = propose("""
				2019年湖南全省研究与试验发展经费支出预计达1648亿元。
				计划规模以上工业产值增长12%，地区生产总值增长10%。
				《工作要点》提出，要着力培育科技型企业，全省新认定高新技术企业5000家。
				""", "2020-02-17");
		assertThat(withValue(proposal, 1.648e11).status()).isEqualTo("ACHIEVED");
		assertThat(withValue(proposal, 12).status()).isEqualTo("TARGET");
		assertThat(withValue(proposal, 10).status()).isEqualTo("TARGET");
		assertThat(withValue(proposal, 5000).status()).isEqualTo("TARGET");
	}

	@Test
	void aStockCountedOverMonthsIsAsOfTheirEnd() {
		var proposal = propose("""
				一季度，湖南省新增科技型企业3200家，累计入库科技型企业27509家。
				""", "2021-04-30");
		assertThat(withValue(proposal, 3200).period()).isEqualTo("2021-01/2021-03");
		assertThat(withValue(proposal, 27509).period()).isEqualTo("2021-03");
	}

	@Test
	void theSubjectOfAClauseCarriesToTheItemsAfterItInItsSentence() {
		var proposal = propose("""
				日前，杭州市科技局对外发布了《杭州国家高新区“十四五”发展规划》，提出到2025年，高新区内企业研发经费支出占GDP比例为13.67%，国家高新技术企业为7000家，营业收入31800亿元。
				""", "2022-02-23");
		var zone = subjectName(proposal, withValue(proposal, 13.67));
		assertThat(zone).isEqualTo("杭州高新技术产业开发区");
		assertThat(subjectName(proposal, withValue(proposal, 7000))).isEqualTo(zone);
		assertThat(subjectName(proposal, withValue(proposal, 3.18e12))).isEqualTo(zone);
	}

	@Test
	void noVerbInsideANounAndNoFigureInAHoldersName() {
		var proposal = propose("""
				1月4日，在湖南省政府新闻办举行的新闻发布会上，湖南省科技厅有关负责人介绍了有关情况。
				一批重大技术取得突破；共有120个项目获得国家科技奖励，其中2018年、2019年连续两年获得国家科技进步一等奖。
				""", "2023-01-06");
		assertThat(proposal.entities()).extracting(Proposal.ProposedEntity::name)
			.noneMatch(name -> name.equals("会上") || name.matches(".*\\d.*"));
		assertThat(proposal.facts()).noneMatch(f -> "PUBLISHED".equals(f.relation()));
	}

	@Test
	void theFiguresOfAListOfPlacesAreOfWhatItsIntroductionNames() {
		var proposal = propose("""
				分地区看，R&D经费投入超过千亿元的省(市)分别为：广东(4411.9亿元)、江苏(3835.4亿元)。R&D经费投入强度超过全国平均水平的省(市)有2个，依次为北京(6.83%)、上海(4.44%)。
				""", "2023-09-18");
		assertThat(withValue(proposal, 4.4119e11).name()).isEqualTo("R&D经费投入");
		assertThat(withValue(proposal, 3.8354e11).name()).isEqualTo("R&D经费投入");
		assertThat(withValue(proposal, 6.83).name()).isEqualTo("研发经费投入强度");
		assertThat(subjectName(proposal, withValue(proposal, 4.44))).isEqualTo("上海市");
	}

	@Test
	void aChangeToABoundAndAYearHandedOnAcrossSemicolons() {
		var proposal = propose("""
				据新闻从2023年湖南全省科技工作会议上了解到，2022年湖南新增瞪羚企业62家；高新技术企业达到1.45万家，技术合同成交总额由130亿元增长到突破1300亿元。
				1-5月，湖南高新技术企业累计投入科研经费579.78亿元。
				""", "2023-02-09");
		assertThat(withValue(proposal, 14500).period()).isEqualTo("2022");
		var change = withValue(proposal, 1.3e11);
		assertThat(change.previousValue()).isEqualTo(1.3e10);
		assertThat(change.bound()).isEqualTo("AT_LEAST");
		assertThat(withValue(proposal, 5.7978e10).period()).as("spent over the months, not a stock")
			.isEqualTo("2022-01/2022-05");
	}

	@Test
	void aRunOfYearsIsAFactInYears() {
		var proposal = propose("""
				2017年，湖南省技术交易态势活跃，已连续两年保持百亿成交额。湖南区域创新能力连续八年稳居全国第一方阵。
				""", "2018-02-09");
		var two = withValue(proposal, 2);
		assertThat(two.unit()).isEqualTo("year");
		assertThat(two.name()).isEqualTo("连续保持百亿成交额年数");
		assertThat(withValue(proposal, 8).name()).isEqualTo("区域创新能力连续稳居全国第一方阵年数");
		assertThat(subjectName(proposal, withValue(proposal, 8))).isEqualTo("湖南省");
	}

	@Test
	void aMultipleOfABaseYearIsAFactInTimes() {
		var proposal = propose("""
				2015年，湖南省高新技术产业产值首次超过6万亿元，较2010年翻一番。全社会研发投入1788亿元，是2010年的2倍。
				""", "2016-01-20");
		var doubled = proposal.facts().stream().filter(f -> "times".equals(f.unit())).toList();
		assertThat(doubled).extracting(ProposedFact::value).containsExactly(2.0, 2.0);
		assertThat(doubled).extracting(ProposedFact::name).containsExactly("高新技术产业产值较2010年倍数", "全社会研发投入较2010年倍数");
	}

	@Test
	void aCountOfListedPlacesIsOfThePlaceThatHoldsThem() {
		var proposal = GeneralisationTests.PIPELINE.propose("""
				湖北省科技厅召开全省科技工作会议
				宜昌科教城开工项目投资达153亿元。枝江、赤壁、谷城、潜江4个县(市)获批国家创新型县(市),全省总数达7家。
				""".getBytes(StandardCharsets.UTF_8), SeedGazetteer.withDivisions(), "2023-08-05");
		var four = withValue(proposal, 4);
		assertThat(subjectName(proposal, four)).as("not the first county of the list").isEqualTo("湖北省");
		assertThat(four.name()).isEqualTo("获批国家创新型县(市)数量");
		assertThat(proposal.facts()).filteredOn(f -> "DESIGNATION".equals(f.type()))
			.extracting(f -> subjectName(proposal, f))
			.containsExactlyInAnyOrder("枝江市", "赤壁市", "谷城县", "潜江市");
	}

	@Test
	void monthsOfOneParagraphDoNotDateTheNext() {
		var proposal = propose("""
				某省科技工作半年推进会召开
				今年上半年,某省高新技术产业增加值5098.57亿元,同比增长6.2%。
				加快建设科创大走廊,截至目前,102个项目已开工建设,开工率达76.1%。组织实施134个重点科创项目。
				""", "2023-08-05");
		assertThat(withValue(proposal, 5.09857e11).period()).isEqualTo("2023-01/2023-06");
		assertThat(withValue(proposal, 102).period()).as("as of the page's month").isEqualTo("2023-08");
		assertThat(withValue(proposal, 134).period()).as("neither the months before nor 截至目前 of the sentence before")
			.isEqualTo("2023");
	}

	@Test
	void figuresSaidOfAListInTurnAreEachItemsOwn() {
		var proposal = propose("""
				某市高新区一季度经济运行情况
				一季度,新材料、生物医药、智能制造 三大领域营业收入同比分别增长12.5%、8.1%、20.4%,节能环保、电子信息两大领域营业收入同比增长3.2%、6.6%。
				""", "2024-04-20");
		assertThat(withValue(proposal, 12.5).name()).isEqualTo("新材料领域营业收入增速");
		assertThat(withValue(proposal, 8.1).name()).isEqualTo("生物医药领域营业收入增速");
		assertThat(withValue(proposal, 20.4).name()).isEqualTo("智能制造领域营业收入增速");
		assertThat(withValue(proposal, 3.2).name()).isEqualTo("节能环保领域营业收入增速");
		assertThat(withValue(proposal, 6.6).name()).isEqualTo("电子信息领域营业收入增速");
		var places = propose("""
				浙江省科技统计快报
				2023年,杭州、宁波高新技术企业分别新增1200家和900家。
				""", "2024-02-01");
		assertThat(subjectName(places, withValue(places, 1200))).isEqualTo("杭州市");
		assertThat(subjectName(places, withValue(places, 900))).isEqualTo("宁波市");
	}

	@Test
	void rankingsOfANamedReportTakeItsEditionUnlessTheirSentenceDatesThem() {
		var proposal = propose("""
				《某省高新区创新发展绩效评价研究报告2021》发布
				报告覆盖了该省2020年年底前认定的44家高新区。排名前三的国家级高新区分别为长沙高新区、株洲高新区和衡阳高新区。
				从2018年主要指标情况来看,研发经费投入强度居全国第8位;申请发明专利居全国第5位。
				""", "2021-12-17");
		assertThat(proposal.facts()).filteredOn(f -> "top-respectively".equals(f.rule()))
			.extracting(ProposedFact::edition)
			.containsExactly(2021, 2021, 2021);
		assertThat(proposal.facts()).filteredOn(f -> f.rank() != null && (f.rank() == 8 || f.rank() == 5))
			.extracting(ProposedFact::edition)
			.containsOnly(2018);
	}

	@Test
	void aFractionIsAShareInPercent() {
		var proposal = propose("""
				某市科技创新工作综述
				2020年,全市有69家重点产业技术研究院,其中6家成为首批省级新型研发机构,数量占全省六分之一。全市高新技术企业占全部上市公司比例的四分之三。
				""", "2021-01-05");
		assertThat(withValue(proposal, 16.67)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("%");
			assertThat(f.bound()).as("a sixth is not 16.67 exactly").isEqualTo("APPROXIMATE");
		});
		assertThat(withValue(proposal, 75)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("%");
			assertThat(f.bound()).isEqualTo("EXACT");
		});
	}

	@Test
	void aPlansParagraphIsItsGoalsAndHorizonsAreNoPeriod() {
		var proposal = propose("""
				某省印发高新技术产业工作要点
				某省经信委近日印发《2025年某省推动高新技术发展工作要点》,明确面向2027年、2030年、2035年的重点任务。
				《工作要点》提出,要着力扩面提质科技型企业,全省新认定高新技术企业5000家。着力增强企业创新能力,全省新认定省级企业技术中心130家。
				2024年,全省高新技术企业达4.1万家。
				""", "2025-03-20");
		for (var goal : List.of(5000.0, 130.0)) {
			assertThat(withValue(proposal, goal)).satisfies(f -> {
				assertThat(f.status()).isEqualTo("TARGET");
				assertThat(f.period()).as("the plan's year, not the first of its horizons").isEqualTo("2025");
			});
		}
		assertThat(withValue(proposal, 41000).status()).isEqualTo("ACHIEVED");
	}

	@Test
	void theZoneASentenceBuildsIsTheSubjectOfItsFigures() {
		var proposal = propose("""
				某省科技工作推进会召开
				2023年,加快建设以东湖科学城为核心区域的光谷科技创新大走廊,组织实施134个重点科创项目,总投资超1100亿元,截至目前,102个项目已开工建设。全省新增11个省级高新区,技术合同成交额达到900亿元。
				""", "2023-08-05");
		for (var figure : List.of(134.0, 1.1e11, 102.0)) {
			assertThat(subjectName(proposal, withValue(proposal, figure))).isEqualTo("光谷科技创新大走廊");
		}
		assertThat(withValue(proposal, 134).period()).as("before 截至目前: the year").isEqualTo("2023");
		assertThat(withValue(proposal, 102).period()).as("from 截至目前 on: the page's month").isEqualTo("2023-08");
		assertThat(Evaluation.names(proposal).values()).as("no count begins a name").noneMatch(n -> n.startsWith("个"));
	}

	@Test
	void aMeasureWrittenInSeveralWaysHasOneName() {
		var proposal = propose("""
				某省科技统计公报
				2015年,全省全社会研发投入占地区生产总值比重为2.55%。2016年,全省R&D经费占GDP比重达到2.6%。
				""", "2017-03-01");
		assertThat(withValue(proposal, 2.55).name()).isEqualTo("研发经费投入强度");
		assertThat(withValue(proposal, 2.6).name()).isEqualTo("研发经费投入强度");
	}

	@Test
	void enterprisesCountedIn户AreCounts() {
		var proposal = propose("""
				某省科技金融对接会召开
				2022年,金融机构为1059户高新技术企业提供信贷支持,全省力争拥有高新技术企业3500户。
				""", "2022-06-01");
		assertThat(withValue(proposal, 1059).unit()).isEqualTo("count");
		assertThat(withValue(proposal, 3500)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("count");
			assertThat(f.status()).isEqualTo("TARGET");
		});
	}

	static Proposal withDivisions(String text, String pageDate) {
		return GeneralisationTests.PIPELINE.propose(text.getBytes(StandardCharsets.UTF_8),
				SeedGazetteer.withDivisions(), pageDate);
	}

	@Test
	void aNewspapersCityIsNotWhatItsHeadlineIsAbout() {
		var proposal = withDivisions("""
				广东高新技术企业数量居全国首位
				编辑:王某|2018-11-29 11:12:02|来源:深圳商报
				记者从有关部门了解到,我省高新技术企业数从2015年的1.1万家增加到2017年的3.3万家,全省科技企业孵化器达781家。
				""", "2018-11-29");
		assertThat(subjectName(proposal, withValue(proposal, 33000))).isEqualTo("广东省");
		assertThat(subjectName(proposal, withValue(proposal, 781))).isEqualTo("广东省");
	}

	@Test
	void ourProvinceOnAPageAboutACityIsTheCitysProvince() {
		var proposal = withDivisions("""
				宁波新增国家高新技术企业600家
				2022年,宁波新增国家高新技术企业600家。这个省的高新技术企业总数达到3.5万家,全省技术合同成交额达到2000亿元。
				""", "2023-01-10");
		assertThat(subjectName(proposal, withValue(proposal, 600))).isEqualTo("宁波市");
		assertThat(subjectName(proposal, withValue(proposal, 35000))).isEqualTo("浙江省");
		assertThat(subjectName(proposal, withValue(proposal, 2e11))).isEqualTo("浙江省");
	}

	@Test
	void aVerbBeforeProvinceOrCityNamesNoPlace() {
		var proposal = withDivisions("""
				吉林省召开科技工作会议
				2024年,全年实现省内转化科技成果3609项,承担省部级以上科技计划项目458项。
				""", "2025-02-15");
		assertThat(Evaluation.names(proposal).values()).doesNotContain("实现省", "承担省");
		assertThat(subjectName(proposal, withValue(proposal, 3609))).isEqualTo("吉林省");
		assertThat(subjectName(proposal, withValue(proposal, 458))).isEqualTo("吉林省");
	}

	@Test
	void aNamedRegionOfACityIsASubject() {
		var proposal = withDivisions("""
				重庆一季度新增科技型企业
				一季度主城都市区新增科技型企业1048家,占比92.09%。
				""", "2021-04-20");
		assertThat(subjectName(proposal, withValue(proposal, 1048))).isEqualTo("主城都市区");
	}

	@Test
	void theYearsAWorkConferenceLooksBackOnEndBeforeItsPage() {
		var proposal = withDivisions("""
				五年来,西藏研发投入突破40亿元
				2023年1月20日 来源:西藏商报
				会议总结回顾过去五年全区科技工作。五年来,西藏全社会研发经费年均增长17.5%,建成各类双创载体138家。
				""", "2023-01-20");
		assertThat(withValue(proposal, 17.5).period()).isEqualTo("2018/2022");
		assertThat(withValue(proposal, 138).period()).isEqualTo("2018/2022");
	}

	@Test
	void thePastYearIsTheYearBeforeThePageNotTheYearOfTheMeeting() {
		var proposal = withDivisions("""
				吉林省高新技术企业数量再创新高
				从近日召开的2025年全省科技工作会议上可知,过去一年,吉林省高新技术企业达4107户,同比增长14.4%。
				""", "2025-02-15");
		assertThat(withValue(proposal, 4107).period()).isEqualTo("2024");
		assertThat(withValue(proposal, 14.4).period()).isEqualTo("2024");
	}

	@Test
	void placeNamesInAListOfOtherThingsNameThoseThings() {
		var proposal = withDivisions("""
				吉林省召开科技工作会议
				2024年,创新平台建设取得新进展,长白山、三江、吉光3个省实验室挂牌运行。全年技术合同成交额达240.9亿元。
				""", "2025-02-15");
		assertThat(subjectName(proposal, withValue(proposal, 3))).as("三江 is a laboratory here, not the county")
			.isEqualTo("吉林省");
		assertThat(subjectName(proposal, withValue(proposal, 2.409e10))).isEqualTo("吉林省");
	}

	@Test
	void theItemsOfARankedListNameTheFiguresTheyHoldInTurn() {
		var proposal = withDivisions(
				"""
						贵阳高新技术工业产值首超千亿元
						2015年,贵阳高新技术工业产值排前三位的是装备制造业、化工产业及民族制药和特色食品产业,分别为481.28亿元、324.30亿元及242.05亿元;增速排前三位的是电力产业、节能环保产业及有色产业,分别为82.8%、81.6%及26.3%。
						贵阳各区中,增速排前三位的是南明区、云岩区和花溪区,分别达28.3%、25.4%和15.9%。
						""",
				"2016-05-17");
		assertThat(withValue(proposal, 4.8128e10).name()).isEqualTo("装备制造业高新技术工业产值");
		assertThat(withValue(proposal, 2.4205e10).name()).isEqualTo("民族制药和特色食品产业高新技术工业产值");
		assertThat(withValue(proposal, 81.6).name()).as("a growth ranked after the values is of the same measure")
			.isEqualTo("节能环保产业高新技术工业产值增速");
		assertThat(subjectName(proposal, withValue(proposal, 25.4))).isEqualTo("云岩区");
		assertThat(proposal.facts()).filteredOn(f -> "RANKING".equals(f.type()))
			.extracting(f -> subjectName(proposal, f), ProposedFact::rank)
			.contains(tuple("南明区", 1), tuple("云岩区", 2), tuple("花溪区", 3));
	}

	@Test
	void theProvinceBeforeAShareIsItsWholeNotItsSubject() {
		var proposal = withDivisions("""
				贵州高新技术产业发展报告
				在创新要素拥有量方面,贵阳优势明显,集聚全省86.79%的重点实验室、82.52%的工程技术研究中心、66.67%的大学科技园。
				""", "2016-05-17");
		for (var share : List.of(86.79, 82.52, 66.67)) {
			assertThat(subjectName(proposal, withValue(proposal, share))).isEqualTo("贵阳市");
		}
	}

	@Test
	void whatAPlacesLaboratoriesDidTogetherIsTheirsButTheirCountIsThePlaces() {
		var proposal = withDivisions("""
				江苏企业重点实验室建设成效显著
				截至2017年底,江苏全省企业重点实验室达到120家。江苏全省企业重点实验室累计申请专利6935件,其中发明专利3292件。
				""", "2018-03-01");
		assertThat(subjectName(proposal, withValue(proposal, 120))).isEqualTo("江苏省");
		assertThat(subjectName(proposal, withValue(proposal, 6935))).isEqualTo("江苏省企业重点实验室");
		assertThat(subjectName(proposal, withValue(proposal, 3292))).isEqualTo("江苏省企业重点实验室");
	}

	@Test
	void aBaseIsTheSubjectOfItsFiguresAndAPlaceStartingACompanysNameIsNot() {
		var proposal = withDivisions("""
				宁东基地科技进步对经济增长贡献率达46%
				从今年起,宁东基地管委会每年安排专项资金2000万元。
				神宁炉还向内蒙古伊泰集团转让了23台技术许可。宁东基地国内外科技创新团队达到4个。
				上一条: 某市某公司入选国家级科技企业孵化器
				下一条: 某市推进葡萄产业发展
				""", "2018-01-02");
		assertThat(subjectName(proposal, withValue(proposal, 2e7))).isEqualTo("宁东基地");
		assertThat(Evaluation.names(proposal).values()).as("内蒙古 begins a company's name").doesNotContain("内蒙古自治区");
		assertThat(subjectName(proposal, withValue(proposal, 4))).as("国内外 is not the country").isEqualTo("宁东基地");
		assertThat(proposal.document().text()).as("links to the next and the last article are chrome")
			.doesNotContain("上一条", "葡萄");
	}

	@Test
	void aChangeBetweenTwoNamedYearsSpansThemAndAPlaceAfterItRanksItsMeasure() {
		var proposal = withDivisions("""
				广东高新技术企业数量居全国首位
				我省高新技术企业数从2015年的1.1万家增加到2017年的3.3万家,跃居全国首位。
				""", "2018-11-29");
		var change = withValue(proposal, 33000);
		assertThat(change.previousValue()).isEqualTo(11000.0);
		assertThat(change.period()).isEqualTo("2015/2017");
		assertThat(proposal.facts()).filteredOn(f -> "RANKING".equals(f.type()))
			.extracting(ProposedFact::list)
			.containsExactly("高新技术企业数");
	}

	@Test
	void aStockAtAMonthsEndIsOfThatMonth() {
		var proposal = withDivisions("""
				纳斯科创园集聚小微科技企业
				今年6月底,纳斯科创园已集聚小微科技企业188家。
				""", "2019-07-31");
		assertThat(withValue(proposal, 188).period()).isEqualTo("2019-06");
	}

	@Test
	void magnitudesWrittenWithoutADigitAndDoublingsOnLastYearAreFigures() {
		var proposal = withDivisions("""
				贵阳高新技术工业产值首超千亿元
				2015年,贵阳高新技术工业产值首超千亿元。全省新增科技型企业万余家,技术合同成交额较上年度翻一番。某公司入选万人计划。
				""", "2016-05-17");
		var thousandYi = withValue(proposal, 1e11);
		assertThat(thousandYi.name()).isEqualTo("高新技术工业产值");
		assertThat(thousandYi.bound()).isEqualTo("AT_LEAST");
		assertThat(withValue(proposal, 1e4).bound()).isEqualTo("AT_LEAST");
		assertThat(withValue(proposal, 2).unit()).isEqualTo("times");
		assertThat(proposal.facts()).filteredOn(f -> "METRIC".equals(f.type()))
			.as("万人计划 is a programme's name")
			.hasSize(3);
	}

	@Test
	void aBareZoneWordNamesNoZone() {
		var proposal = withDivisions("""
				广西科技创新发展规划
				到2023年,高新区工业总产值突破万亿元,其中规模以上企业工业总产值突破5000亿元。
				""", "2021-07-18");
		assertThat(Evaluation.names(proposal).values()).doesNotContain("高新区");
	}

	@Test
	void aSpanOfMonthsInAHeadlineIsNoDatelineAndPageControlsAreNoHeadline() {
		var proposal = propose("""
				您的位置:首页 > 新闻 > 正文
				2015年1-2月某示范区实现平稳开局
				日期:2015-04-03  来源 : 某园管委会
				[字体: ]
				1-2月,某示范区高新技术企业实现总收入4484.8亿元,比上年同期增长20.3%。
				""");
		assertThat(proposal.document().title()).isEqualTo("2015年1-2月某示范区实现平稳开局");
		assertThat(proposal.document().publishedAt()).isEqualTo("2015-04-03");
		assertThat(proposal.document().publisher()).isEqualTo("某园管委会");
		var newspaper = propose("""
				第05版:自主创新 上一版3  4下一版
				标题导航
				返回经济网首页 | 版面导航 | 标题导航
				上一版3  4下一版 2012年12月30日 星期 放大 缩小 默认
				以科技创新再造资源产业
				2012年,某区新增高新技术企业120家。
				""");
		assertThat(newspaper.document().title()).isEqualTo("以科技创新再造资源产业");
	}

	@Test
	void theWholeThatFiguresAreComposedOfIsTheirSubjectUnderItsFullerName() {
		var proposal = propose("""
				安徽科技大市场成交额创新高
				安徽科技大市场去年成交额达到52亿元。
				安徽省目前已形成了由省中心、9个市级分市场和17个专业分市场组成的科技大市场,拥有会员企业3200家,累计发布全省企业技术需求4100项。
				""");
		for (var part : List.of(9.0, 17.0, 3200.0, 4100.0)) {
			assertThat(subjectName(proposal, withValue(proposal, part))).as("figure %s", part).isEqualTo("安徽科技大市场");
		}
		assertThat(withValue(proposal, 3200.0).period())
			.as("目前 on a page with no date is no year an earlier sentence names")
			.isNull();
	}

	@Test
	void aPlaceWhereSomethingHappensIsNotWhatItIsAbout() {
		var proposal = propose("""
				杭州培育创新型企业
				在杭州未来科技走廊,以星河小镇为代表的创业孵化器显现出集聚效应,聚集了投资机构600余家,汇聚创业项目900多个。
				""");
		assertThat(subjectName(proposal, withValue(proposal, 600.0))).isEqualTo("星河小镇");
		assertThat(subjectName(proposal, withValue(proposal, 900.0))).isEqualTo("星河小镇");
	}

	@Test
	void aPlaceNamingAKindOfAParksFirmsIsNotTheirHolderAndThePassiveAgentAwardsNoTitle() {
		var proposal = propose(
				"""
						杭州民营科创园区生机勃发
						今年6月底,青禾科创园已集聚科技企业120家;培育认定国家级高新技术企业5家,浙江省科技型中小企业21家,萧山区中小微科技型企业17家。该园区被浙江省科技厅认定为2018年度省级科技企业孵化器,被杭州市科技局认定为市级众创空间。
						""",
				"2019-07-31");
		for (var count : List.of(21.0, 17.0)) {
			assertThat(subjectName(proposal, withValue(proposal, count))).as("figure %s", count).isEqualTo("青禾科创园");
		}
		var designations = proposal.facts().stream().filter(f -> f.type().equals("DESIGNATION")).toList();
		assertThat(designations).hasSize(2).allSatisfy(f -> assertThat(subjectName(proposal, f)).isEqualTo("青禾科创园"));
	}

	@Test
	void aFigureInsideAShortQuotedNameMeasuresNothing() {
		var proposal = propose("""
				某省深化科技成果转化改革
				2023年,某省深化科技成果转化“三项改革”,被评为“十大优秀平台”的园区新增高新技术企业46家。
				""");
		assertThat(proposal.facts()).extracting(ProposedFact::value).contains(46.0).doesNotContain(3.0, 10.0);
	}

	@Test
	void researchSpendingAsAShareOfOutputIsResearchIntensityHoweverItIsWritten() {
		var proposal = propose("""
				某省科技创新规划
				到2027年,青海将力争实现全社会研究与试验发展经费支出(R&D)占地区生产总值(GDP)比重达到1.9%。2022年,全社会研发投入达88亿元;占地区生产总值比重达0.8%,比2021年提高0.1个百分点。
				""");
		assertThat(withValue(proposal, 1.9).name()).isEqualTo("研发经费投入强度");
		assertThat(withValue(proposal, 0.8).name()).isEqualTo("研发经费投入强度");
	}

	@Test
	void aNumberedGroupThatAFigureIsOfIsNoCountAndDoubleDigitsAreNoFigure() {
		var proposal = propose("""
				某市高新区一季度经济运行情况
				1-3月,某市高新区重点监测五大产业领域共实现总收入812.4亿元,新材料、生物医药两大产业领域收入同比增长8.3%、2.5%,电子信息领域收入同比实现两位数增长。
				""");
		assertThat(proposal.facts()).extracting(ProposedFact::value).contains(8.124e10).doesNotContain(5.0, 2.0);
	}

	@Test
	void anAmountStatedAgainInOtherWordsIsOneFactWithTwoPlacesAndSmallCountsStayApart() {
		var proposal = propose("""
				湖北召开科技工作半年推进会
				上半年湖北规上高新技术产业增加值4321.5亿元……记者从会上获悉,
				今年上半年,湖北省规上高新技术产业增加值4321.5亿元,同比增长7.1%。参加评估的6家实验室中,湖北省6家实验室均通过评估。
				""", "2023-08-01");
		var amounts = proposal.facts().stream().filter(f -> Double.valueOf(4.3215e11).equals(f.value())).toList();
		assertThat(amounts).hasSize(1);
		assertThat(amounts.getFirst().places()).hasSize(2);
	}

	@Test
	void aNationalBodyAFirmAndAFieldOfComparisonNameNoSubject() {
		var proposal = propose("""
				江西高新技术企业再添新军
				全国高企认定工作办公室近日认定我省赣州宏达实业有限公司等212家企业为高新技术企业。2022年,合肥高新区新增上市公司3家。另外,瞪羚企业新增数量在全国开发区中名列前茅,万人有效发明专利达391件。
				""", "2022-11-20");
		assertThat(subjectName(proposal, withValue(proposal, 212.0))).isEqualTo("江西省");
		assertThat(subjectName(proposal, withValue(proposal, 391.0)))
			.isEqualTo(subjectName(proposal, withValue(proposal, 3.0)));
	}

	@Test
	void aParagraphThatOpensOnWhatTheProvinceWillDoStatesItsGoals() {
		var proposal = propose("""
				某省公布今年经济社会发展计划
				此外,该省还将健全科技大市场体系,推动1500个授权发明专利产业化。深入实施"双倍增"计划,新增高新技术企业3100家、科技型中小微企业8000家。
				""", "2020-01-16");
		for (var goal : List.of(1500.0, 3100.0, 8000.0)) {
			assertThat(withValue(proposal, goal).status()).as("figure %s", goal).isEqualTo("TARGET");
		}
	}

	@Test
	void wordsAcrossTwoWordsAKindOfThingCountedAndAVerbBeforeANameAreNoSubjects() {
		var proposal = propose(
				"""
						广东科技创新成就
						2019年,全省加强实验室体系建设,建成31家国家重点实验室。全省科技企业孵化器达812家,其中国家级孵化器127家,新增毕业企业超2700家;创业孵化基地644家,众创空间761家。2019年全省入围“中国企业500强”53家。
						""",
				"2020-06-20");
		for (var value : List.of(31.0, 127.0, 2700.0, 644.0, 761.0, 53.0)) {
			assertThat(subjectName(proposal, withValue(proposal, value))).as("figure %s", value).isEqualTo("广东省");
		}
	}

	@Test
	void theHeadlineIsTheLineNearestTheBodyNotALinkOrASloganAbove() {
		var linkAbove = propose("""
				某省出台18条政策 支持民营企业发展

				某省技术市场活跃 连续三年成交超百亿

				记者从某省科技厅获悉,2021年,全省认定登记技术合同5200项,成交金额120亿元。
				""");
		assertThat(linkAbove.document().title()).isEqualTo("某省技术市场活跃 连续三年成交超百亿");
		var sloganAbove = propose("""
				创新是第一动力、人才是第一资源、科技是第一生产力 奋力建设科技强省,实现高水平自立自强
				某省力争2026年建成创新型省份
				2024-05-06 某省科技厅
				近日,某省人民政府印发实施方案。到2026年,全省高新技术企业达到8000家。
				""");
		assertThat(sloganAbove.document().title()).isEqualTo("某省力争2026年建成创新型省份");
		assertThat(sloganAbove.document().publishedAt()).isEqualTo("2024-05-06");
		var tableCell = propose("""
				| 某省高新技术产业 产值首超3万亿 |
				| 发布日期:2017-02-15 来源:某日报 |
				2016年,全省高新技术产业产值首次超过3万亿元,占规模以上工业总产值比重达38%。
				""");
		assertThat(tableCell.document().title()).isEqualTo("某省高新技术产业 产值首超3万亿");
		var restated = propose("""
				原标题:某市网上技术市场去年成交58亿元
				本报讯 记者王某从某市科技局获悉:2019年,某市网上技术市场成交额达到58亿元。
				""");
		assertThat(restated.document().title()).isEqualTo("某市网上技术市场去年成交58亿元");
	}

	@Test
	void anAgencysMarkerIsNoPartOfTheFirstSentenceAndANewspaperActsInNothing() {
		var proposal = propose("""
				某市发展产业集群 建设孵化器
				2019-07-31 来源:某某日报
				本报杭州7月30日电 (记者王某)杭州累计建设市级孵化器148家。实施"品字标"企业培育计划。
				""");
		assertThat(withValue(proposal, 148.0).quote()).startsWith("杭州累计");
		assertThat(subjectName(proposal, withValue(proposal, 148.0))).isEqualTo("杭州市");
		assertThat(proposal.facts()).as("a newspaper is no actor of a plan")
			.noneMatch(f -> "ADVANCES".equals(f.relation()) && "某某日报".equals(Evaluation.names(proposal).get(f.from())));
	}

	@Test
	void aClauseThePageCutsOffStatesNothingButAWholeLastClauseStands() {
		var cut = propose("""
				某省科技成果转化改革成效
				截至目前,全省145家单位参与试点,科研人员成立1003家科技成果转化企业,379名科研人
				""");
		assertThat(cut.facts()).extracting(ProposedFact::value).contains(145.0, 1003.0).doesNotContain(379.0);
		var whole = propose("""
				某省企业竞争力
				2017年全省入围"中国企业500强"51家,"世界500强"企业11家
				""");
		assertThat(whole.facts()).extracting(ProposedFact::value).contains(51.0, 11.0);
	}

	@Test
	void aPublicBodyIssuesWhatItPublishesAndHoldsItsMeetings() {
		var proposal = propose("""
				某省推动高新技术产业发展
				2024-03-02 来源:某某日报
				浙江省经济和信息化委员会近日印发《2024年浙江省推动高新技术及产业化发展工作要点》。3月1日,浙江省科技厅召开2024年全省科技工作会议。市商务局组织开展了2023年杭州市开发区综合评价。
				""");
		var names = Evaluation.names(proposal);
		assertThat(proposal.facts()).filteredOn(f -> "RELATION".equals(f.type()))
			.extracting(f -> names.get(f.from()), ProposedFact::relation, f -> names.get(f.to()))
			.contains(tuple("浙江省经济和信息化委员会", "PUBLISHED", "2024年浙江省推动高新技术及产业化发展工作要点"),
					tuple("2024年全省科技工作会议", "ORGANISED_BY", "浙江省科技厅"))
			.doesNotContain(tuple("浙江省", "PUBLISHED", "2024年浙江省推动高新技术及产业化发展工作要点"));
		var titled = propose("""
				某市发布高新区规划
				日前,宁波市科技局对外发布了《宁波国家高新区"十四五"发展规划》(下称"《规划》"),提出到2025年建成世界一流高科技园区。
				""");
		assertThat(titled.facts()).filteredOn(f -> "PUBLISHED".equals(f.relation()))
			.extracting(f -> Evaluation.names(titled).get(f.from()), f -> Evaluation.names(titled).get(f.to()))
			.containsExactly(tuple("宁波市科技局", "宁波国家高新区\"十四五\"发展规划"));
	}

	@Test
	void aBareParkIsTheParkNamedLastAndAnInvestmentIsWhatItBuilt() {
		var proposal = propose("""
				某市民营科创园区发展纪实
				宁波某某实业有限公司投资2.3亿元创建的甬江科创园,打造了完整的孵化链条。今年6月底,甬江科创园已集聚科技企业120家。该园区被认定为省级科技企业孵化器。
				“我们为企业做好服务。目前园区企业入驻率达95%。”园区负责人说。
				""", "2020-07-31");
		var investment = withValue(proposal, 2.3e8);
		assertThat(subjectName(proposal, investment)).isEqualTo("甬江科创园");
		assertThat(investment.name()).isEqualTo("建设投资");
		assertThat(subjectName(proposal, withValue(proposal, 95.0))).isEqualTo("甬江科创园");
	}

	@Test
	void aRankingsListLeavesOutItsHolderHowLongItHeldItAndHowManyWereRanked() {
		var proposal = propose("""
				某省高新区排名公布
				2023年,江西省国家高新区数量位居中部地区第三位。杭州高新区在178个国家级高新区中位居第二十名。江西获授权发明专利居全国第12位、中部第4位。
				""", "2024-01-01");
		assertThat(proposal.facts()).filteredOn(f -> "RANKING".equals(f.type()))
			.extracting(ProposedFact::rank, ProposedFact::list)
			.contains(tuple(3, "中部地区国家高新区数量"), tuple(20, "国家级高新区"), tuple(12, "获授权发明专利"), tuple(4, "中部获授权发明专利"));
	}

	@Test
	void aNameAfterTheDateAStockIsAsOfIsTheName() {
		var proposal = propose("""
				某省科技企业孵化器发展
				实施孵化器倍增计划,截至2019年底全省科技企业孵化器达512家,两年年均增长12%以上。
				""", "2020-02-01");
		assertThat(withValue(proposal, 512.0).name()).isEqualTo("科技企业孵化器");
	}

	@Test
	void theShareOfAGoalMetIsNamedAfterTheFigureBefore() {
		var proposal = propose("""
				某省上半年科技指标
				1月到6月,全省新认定科技型中小企业4100家,完成年度目标的55%;全省技术合同成交额达310亿元,完成年度目标的62.5%。
				""", "2021-07-20");
		assertThat(withValue(proposal, 55.0).name()).isEqualTo("新认定科技型中小企业年度目标完成率");
		assertThat(withValue(proposal, 62.5).name()).isEqualTo("技术合同成交额年度目标完成率");
	}

	@Test
	void aGoalMetAndAYearAlreadyPassedMakeNoTargets() {
		var met = propose("""
				某省科技型企业发展
				2018年,全省科技型企业数量达到520家,提前2年完成倍增目标,实现工业总产值612.3亿元,同比增长21.4%。
				""", "2019-03-28");
		for (var value : List.of(6.123e10, 21.4)) {
			assertThat(withValue(met, value).status()).as("figure %s", value).isEqualTo("ACHIEVED");
		}
		var past = propose("""
				某省高新技术企业回顾
				五年来,资格有效的高新技术企业数量快速增长,到2016年达到1837家。
				""", "2017-05-10");
		assertThat(withValue(past, 1837.0).status()).isEqualTo("ACHIEVED");
		var ahead = propose("""
				某省高新技术企业规划
				到2027年,全省高新技术企业达到3000家。
				""", "2024-05-10");
		assertThat(withValue(ahead, 3000.0).status()).isEqualTo("TARGET");
	}

	@Test
	void yiWithoutYuanAfterAnAmountOfMoneyIsYuan() {
		var proposal = propose("""
				某高新区经济运行
				2014年,某高新区实现工业增加值达420亿,营业总收入1500亿,新增企业万余家。
				""", "2015-01-01");
		assertThat(withValue(proposal, 4.2e10).unit()).isEqualTo("CNY");
		assertThat(withValue(proposal, 1.5e11).unit()).isEqualTo("CNY");
		assertThat(withValue(proposal, 10000.0).unit()).isEqualTo("count");
	}

	@Test
	void theNationalFieldAFigureIsComparedInIsNotItsSubject() {
		var proposal = propose("""
				杭州高新区综合排名前进
				2019年杭州高新区经济社会发展取得新成果,在全国国家级高新区综合排名中前进2位,获评国家首批绿色园区。
				""", "2020-01-31");
		assertThat(subjectName(proposal, withValue(proposal, 2.0))).isNotEqualTo("中国").contains("杭州");
	}

	@Test
	void aClassOfZonesIsNoSubjectAndBigFiveGatewaysSpellTheProvinceTheirWay() {
		var proposal = propose("""
				陜西省科技廳發佈科技數據
				2020-01-10 10:42 中國網
				陜西省全省科技綜合實力不斷增強。全省現有各類科研機構1340家,國家級園區平臺324家,兩院院士69人。綜合科技創新水準指數由2014年的60.73%增長到2019年的67.04%,位居全國第9。
				""", "2020-01-10");
		for (var value : new double[] { 1340.0, 324.0, 69.0 }) {
			assertThat(subjectName(proposal, withValue(proposal, value))).isEqualTo("陕西省");
		}
		var ninth = proposal.facts().stream().filter(f -> "RANKING".equals(f.type())).findFirst().orElseThrow();
		assertThat(ninth.list()).as("what grew, not its figures").isEqualTo("综合科技创新水准指数");
	}

	@Test
	void theHeadlinesPlaceIsTheArticlesNotTheSitesOrItsBreadcrumbs() {
		var proposal = propose("""
				山东热线 - 山东地区最专业的新闻资讯网站!
				当前位置: 主页 > 国内新闻 > 宿州新闻
				海南高新技术企业共169家 图解高企创新活力
				发布时间: 2016-07-28 16:52:57 来源: 作者: 发布开发区:宿州经济技术开发区
				我省目前共有169家高新技术企业,比5年前多了近百家。
				""", "2016-07-28");
		assertThat(subjectName(proposal, withValue(proposal, 169.0))).isEqualTo("海南省");
	}

	@Test
	void aListOfNamesIsNoTopicAComparedYearNoPeriodAndAMoveNoList() {
		var proposal = propose(
				"""
						河北省科技创新十年成就
						创新主体加速成长。承德国家可持续发展议程创新示范区、京津冀国家技术创新中心等一批国家级创新载体获批建设,省级以上研发平台总数达到1550家,是2012年的6.4倍;高新技术企业由825家增长到突破1.2万家,由全国第15位提升至第9位。
						""",
				"2023-01-06");
		assertThat(subjectName(proposal, withValue(proposal, 1550.0))).isEqualTo("河北省");
		assertThat(withValue(proposal, 1550.0).period()).as("2012 is what it is compared with").isEqualTo("2023");
		var ninth = proposal.facts()
			.stream()
			.filter(f -> "RANKING".equals(f.type()) && f.rank() != null && f.rank() == 9)
			.findFirst()
			.orElseThrow();
		assertThat(ninth.list()).startsWith("高新技术企业");
	}

	@Test
	void aRankAfterWordsOfAnyFigureIsOfWhatTheSentenceMeasured() {
		var proposal = propose(
				"""
						某省科技成就
						全社会研发经费投入2014年为366.77亿元,2018年增长至532.42亿元,研发经费投入强度达2.18%,位列全国第7。浙江企业国家重点实验室39家,数量位居全国第三。国家创新型城市创新能力评价中,浙江7个城市排名前30位,其中杭州第4、宁波第5。
						""",
				"2020-01-10");
		assertThat(withValue(proposal, 5.3242e10).name()).isEqualTo("全社会研发经费投入");
		assertThat(rankedAt(proposal, 7).list()).isEqualTo("研发经费投入强度");
		assertThat(rankedAt(proposal, 3).list()).contains("企业国家重点实验室");
		assertThat(rankedAt(proposal, 4).list()).as("其中: the field the sentence opens on")
			.isEqualTo(rankedAt(proposal, 5).list())
			.isEqualTo("国家创新型城市创新能力评价");
	}

	private static ProposedFact rankedAt(Proposal proposal, int rank) {
		return proposal.facts()
			.stream()
			.filter(f -> "RANKING".equals(f.type()) && f.rank() != null && f.rank() == rank)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no rank " + rank + " in " + proposal.facts()));
	}

	@Test
	void multiplesWithoutABaseYearAndPastYearsOfAMidYearPage() {
		var proposal = propose("""
				某省科技发布会
				过去五年,全省每万人发明专利拥有量增长1.6倍,高新技术企业数量增长3.4倍,国家五类人才数翻两番,获国家科学技术奖数是上一个五年的3倍。
				""", "2021-07-18");
		assertThat(withValue(proposal, 1.6)).satisfies(f -> {
			assertThat(f.unit()).isEqualTo("times");
			assertThat(f.name()).isEqualTo("每万人发明专利拥有量增长倍数");
			assertThat(f.period()).as("the five whole years before a page of July").isEqualTo("2016/2020");
		});
		assertThat(withValue(proposal, 3.4).name()).isEqualTo("高新技术企业数量增长倍数");
		assertThat(withValue(proposal, 4.0).name()).isEqualTo("国家五类人才数倍数");
		assertThat(withValue(proposal, 3.0).name()).isEqualTo("获国家科学技术奖数较上一个五年倍数");
	}

	@Test
	void eachItemOfAListHoldsTheDesignationTheListIsGiven() {
		var proposal = propose("""
				某省科技工作
				一年来,全省科技创新取得新进展,长白山、三江、吉光3个省实验室挂牌运行。省政府新批准认定了睢县高新区等5家省级高新技术产业开发区。
				""", "2024-02-01");
		var held = proposal.facts()
			.stream()
			.filter(f -> "DESIGNATION".equals(f.type()))
			.map(f -> subjectName(proposal, f) + " " + f.name())
			.toList();
		assertThat(held).contains("长白山实验室 省实验室", "三江实验室 省实验室", "吉光实验室 省实验室", "睢县高新区 省级高新技术产业开发区")
			.noneMatch(h -> h.startsWith("认定") || h.startsWith("一年来"));
	}

	@Test
	void theHeadlinesPlaceWinsOverPlacesInTheSummaryLinesBelowIt() {
		var proposal = propose("""
				杭州科技创新成绩亮眼
				  • 时间:2024-02-22
				来源:浙江日报
				●高新技术企业净增365家
				●国内最高水平的数学国际交流中心竣工启用
				记者从近日召开的科技工作会上获悉,2023年,全市技术合同成交额达114.76亿元。
				""", "2024-02-22");
		assertThat(subjectName(proposal, withValue(proposal, 1.1476e10))).isEqualTo("杭州市");
	}

	@Test
	void whatAFigureCountsIsNoSubjectAndSignedIsNoAbout() {
		var proposal = propose("""
				某省科技工作
				2023年,全省获批3个国家创新型县(市)、3个国家创新型产业集群、4个国家中小企业特色产业集群。柯桥区促成技术签约73个。
				""", "2024-01-17");
		assertThat(subjectName(proposal, withValue(proposal, 4.0))).isNotEqualTo("国家创新型县(市)");
		assertThat(withValue(proposal, 73.0).bound()).as("约 of 签约").isEqualTo("EXACT");
	}

}
