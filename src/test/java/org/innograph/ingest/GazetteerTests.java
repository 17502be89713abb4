package org.innograph.ingest;

import java.util.List;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Gazetteer.Mention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link stage's dictionary on short place names: with every county of the country in
 * the graph, two-character names sit inside ordinary words (新平 in 创新平台, 新和 in 创新和创业) and
 * inside other names (杭州 in 杭州湾).
 */
class GazetteerTests {

	private static final Gazetteer PLACES = new Gazetteer(
			List.of(new Known("county-530427", "County", "新平彝族傣族自治县", null, List.of("新平")),
					new Known("county-652925", "County", "新和县", null, List.of()),
					new Known("county-623001", "County", "合作市", null, List.of()),
					new Known("county-360122", "County", "新建区", null, List.of()),
					new Known("city-330100", "City", "杭州市", null, List.of("杭州")),
					new Known("city-330200", "City", "宁波市", null, List.of("宁波"))));

	private static List<String> linked(String text) {
		return PLACES.mentions(text).stream().map(Mention::entity).map(Known::name).toList();
	}

	@Test
	void aShortPlaceNameInsideAWordIsNoMention() {
		assertThat(linked("国家级创新平台达到16家以上")).isEmpty();
		assertThat(linked("由创新能力和创业活跃度等5项一级指标组成")).isEmpty();
		assertThat(linked("杭州湾新区新增企业30家")).isEmpty();
	}

	@Test
	void aShortPlaceNameThatIsAnOrdinaryWordIsNoMention() {
		assertThat(linked("实施产学研合作与成果转化项目39项")).isEmpty();
		assertThat(linked("新建省基础学科研究中心3个")).isEmpty();
		assertThat(linked("国家级科技创新平台10个")).isEmpty();
		assertThat(linked("合作市和新建区")).containsExactly("合作市", "新建区");
	}

	@Test
	void aShortPlaceNameThatStandsAsWordsIsOne() {
		assertThat(linked("新平的企业和新和县的企业")).containsExactly("新平彝族傣族自治县", "新和县");
		assertThat(linked("杭州第5、宁波第13位")).containsExactly("杭州市", "宁波市");
		assertThat(linked("杭州高新区和宁波高新区")).containsExactly("杭州市", "宁波市");
	}

	@Test
	void aFullNameCountsWhereverItStands() {
		assertThat(linked("浙江省杭州市临平区")).containsExactly("杭州市");
	}

	@Test
	void aZonesNameIsTheZoneThoughADivisionOfTheStatisticsBearsItToo() {
		var dictionary = new Gazetteer(List.of(new Known("county-220173", "County", "长春高新技术产业开发区", null, List.of()),
				new Known("htz-changchun", "HighTechZone", "长春高新技术产业开发区", null, List.of("长春高新区"))));
		assertThat(dictionary.exactly("长春高新技术产业开发区")).map(Known::id).contains("htz-changchun");
		assertThat(dictionary.exactly("长春高新区")).map(Known::id).contains("htz-changchun");
	}

	@Test
	void aNameOfTwoPlacesIsTheOneUnderAPlaceTheTextNames() {
		var places = new Gazetteer(List.of(new Known("city-440100", "City", "广州市", null, List.of("广州")),
				new Known("county-440111", "County", "白云区", null, List.of()),
				new Known("city-520100", "City", "贵阳市", null, List.of("贵阳")),
				new Known("county-520113", "County", "白云区", null, List.of()),
				new Known("county-520102", "County", "南明区", null, List.of())));
		assertThat(places.mentions("贵阳增速排前三位的是南明区、白云区和花溪区")).extracting(m -> m.entity().id())
			.containsExactly("city-520100", "county-520102", "county-520113");
		assertThat(places.mentions("广州白云区新增企业50家")).extracting(m -> m.entity().id())
			.containsExactly("city-440100", "county-440111");
		assertThat(places.mentions("白云区新增企业50家")).as("the text does not say which: neither").isEmpty();
	}

}
