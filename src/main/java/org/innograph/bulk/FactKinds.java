package org.innograph.bulk;

import java.util.List;

/**
 * What the synthetic graph's facts are of: the ranked lists, the metrics of the yearly
 * bulletins and the awards of the designations.
 */
final class FactKinds {

	private FactKinds() {
	}

	/** A ranked list: its name, English name, publisher, first edition and code. */
	record RankedList(String code, String name, String nameEn, String publisher, int firstEdition, String kind) {
	}

	static final RankedList ZONE_LIST = new RankedList("zones", "国家高新区综合评价",
			"Comprehensive Evaluation of National High-tech Zones", "科学技术部火炬高技术产业开发中心", 2013, "HighTechZone");

	static final RankedList CITY_LIST = new RankedList("cities", "国家创新型城市创新能力评价",
			"Innovation Capability of National Innovative Cities", "中国科学技术信息研究所", 2010, "City");

	static final RankedList PROVINCE_LIST = new RankedList("provinces", "中国区域科技创新评价",
			"China Regional Innovation Evaluation", "中国科学技术发展战略研究院", 2001, "Province");

	static final List<RankedList> LISTS = List.of(ZONE_LIST, CITY_LIST, PROVINCE_LIST);

	/** A metric: code, name, English name, unit. */
	record MetricKind(String code, String name, String nameEn, String unit) {
	}

	static final MetricKind RD = new MetricKind("rd", "研究与试验发展经费支出", "R&D expenditure", "CNY");

	static final MetricKind HTE = new MetricKind("hte", "高新技术企业数量", "High-tech enterprises", "count");

	static final MetricKind PATENTS = new MetricKind("patents", "发明专利授权量", "Invention patents granted", "count");

	static final MetricKind INTENSITY = new MetricKind("intensity", "研发投入强度", "R&D intensity", "%");

	static final MetricKind REVENUE = new MetricKind("revenue", "营业收入", "Operating revenue", "CNY");

	/** An award entity: code, name, traditional, English, pinyin. */
	record AwardKind(String code, String hans, String hant, String en, String pinyin) {
	}

	static final AwardKind HIGH_TECH_ENTERPRISE = new AwardKind("hte", "高新技术企业", "高新技術企業", "High-tech Enterprise",
			"Gāoxīn Jìshù Qǐyè");

	static final AwardKind KEY_LAB = new AwardKind("pkl", "省重点实验室", "省重點實驗室", "Provincial Key Laboratory",
			"Shěng Zhòngdiǎn Shíyànshì");

	static final AwardKind NATIONAL_ZONE = new AwardKind("nhz", "国家高新技术产业开发区", "國家高新技術產業開發區",
			"National High-tech Industrial Development Zone", "Guójiā Gāoxīn Jìshù Chǎnyè Kāifāqū");

	static final AwardKind INNOVATIVE_CITY = new AwardKind("nic", "国家创新型城市", "國家創新型城市", "National Innovative City",
			"Guójiā Chuàngxīnxíng Chéngshì");

	static final List<AwardKind> AWARDS = List.of(HIGH_TECH_ENTERPRISE, KEY_LAB, NATIONAL_ZONE, INNOVATIVE_CITY);

}
