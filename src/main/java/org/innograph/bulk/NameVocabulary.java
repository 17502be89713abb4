package org.innograph.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The vocabulary the generator composes names from: the 34 provincial-level divisions as
 * they are, and syllables and fields with their simplified, traditional, pinyin and
 * English forms, so that every generated name exists in all four forms.
 */
final class NameVocabulary {

	/** Simplified, traditional, pinyin with tones, English, administrative code. */
	record Province(String zhHans, String zhHant, String pinyin, String en, String code) {

		String shortName() {
			return this.zhHans.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
		}

	}

	static final List<Province> PROVINCES = List.of(p("北京市", "北京市", "Běijīng Shì", "Beijing", "110000"),
			p("天津市", "天津市", "Tiānjīn Shì", "Tianjin", "120000"), p("河北省", "河北省", "Héběi Shěng", "Hebei", "130000"),
			p("山西省", "山西省", "Shānxī Shěng", "Shanxi", "140000"),
			p("内蒙古自治区", "內蒙古自治區", "Nèi Měnggǔ Zìzhìqū", "Inner Mongolia", "150000"),
			p("辽宁省", "遼寧省", "Liáoníng Shěng", "Liaoning", "210000"), p("吉林省", "吉林省", "Jílín Shěng", "Jilin", "220000"),
			p("黑龙江省", "黑龍江省", "Hēilóngjiāng Shěng", "Heilongjiang", "230000"),
			p("上海市", "上海市", "Shànghǎi Shì", "Shanghai", "310000"),
			p("江苏省", "江蘇省", "Jiāngsū Shěng", "Jiangsu", "320000"),
			p("浙江省", "浙江省", "Zhèjiāng Shěng", "Zhejiang", "330000"), p("安徽省", "安徽省", "Ānhuī Shěng", "Anhui", "340000"),
			p("福建省", "福建省", "Fújiàn Shěng", "Fujian", "350000"), p("江西省", "江西省", "Jiāngxī Shěng", "Jiangxi", "360000"),
			p("山东省", "山東省", "Shāndōng Shěng", "Shandong", "370000"), p("河南省", "河南省", "Hénán Shěng", "Henan", "410000"),
			p("湖北省", "湖北省", "Húběi Shěng", "Hubei", "420000"), p("湖南省", "湖南省", "Húnán Shěng", "Hunan", "430000"),
			p("广东省", "廣東省", "Guǎngdōng Shěng", "Guangdong", "440000"),
			p("广西壮族自治区", "廣西壯族自治區", "Guǎngxī Zhuàngzú Zìzhìqū", "Guangxi", "450000"),
			p("海南省", "海南省", "Hǎinán Shěng", "Hainan", "460000"),
			p("重庆市", "重慶市", "Chóngqìng Shì", "Chongqing", "500000"),
			p("四川省", "四川省", "Sìchuān Shěng", "Sichuan", "510000"),
			p("贵州省", "貴州省", "Guìzhōu Shěng", "Guizhou", "520000"), p("云南省", "雲南省", "Yúnnán Shěng", "Yunnan", "530000"),
			p("西藏自治区", "西藏自治區", "Xīzàng Zìzhìqū", "Tibet", "540000"),
			p("陕西省", "陝西省", "Shǎnxī Shěng", "Shaanxi", "610000"), p("甘肃省", "甘肅省", "Gānsù Shěng", "Gansu", "620000"),
			p("青海省", "青海省", "Qīnghǎi Shěng", "Qinghai", "630000"),
			p("宁夏回族自治区", "寧夏回族自治區", "Níngxià Huízú Zìzhìqū", "Ningxia", "640000"),
			p("新疆维吾尔自治区", "新疆維吾爾自治區", "Xīnjiāng Wéiwú'ěr Zìzhìqū", "Xinjiang", "650000"),
			p("台湾省", "臺灣省", "Táiwān Shěng", "Taiwan", "710000"),
			p("香港特别行政区", "香港特別行政區", "Xiānggǎng Tèbié Xíngzhèngqū", "Hong Kong", "810000"),
			p("澳门特别行政区", "澳門特別行政區", "Àomén Tèbié Xíngzhèngqū", "Macao", "820000"));

	/** A syllable: simplified, traditional, pinyin with its tone. */
	record Syllable(String hans, String hant, String pinyin) {
	}

	static final List<Syllable> SYLLABLES = syllables("""
			安 安 ān|宝 寶 bǎo|昌 昌 chāng|长 長 cháng|东 東 dōng|丰 豐 fēng|阜 阜 fù|广 廣 guǎng|海 海 hǎi|和 和 hé|
			华 華 huá|嘉 嘉 jiā|建 建 jiàn|江 江 jiāng|金 金 jīn|晋 晉 jìn|靖 靖 jìng|乐 樂 lè|临 臨 lín|龙 龍 lóng|
			隆 隆 lóng|洛 洛 luò|梅 梅 méi|南 南 nán|宁 寧 níng|平 平 píng|庆 慶 qìng|清 清 qīng|泉 泉 quán|荣 榮 róng|
			瑞 瑞 ruì|山 山 shān|韶 韶 sháo|盛 盛 shèng|顺 順 shùn|泰 泰 tài|通 通 tōng|威 威 wēi|文 文 wén|武 武 wǔ|
			西 西 xī|祥 祥 xiáng|新 新 xīn|兴 興 xīng|阳 陽 yáng|义 義 yì|永 永 yǒng|云 雲 yún|枣 棗 zǎo|漳 漳 zhāng|
			昭 昭 zhāo|中 中 zhōng|州 州 zhōu|城 城 chéng|河 河 hé|湖 湖 hú|岭 嶺 lǐng|源 源 yuán|溪 溪 xī|峰 峰 fēng|
			桥 橋 qiáo|林 林 lín|丘 丘 qiū|水 水 shuǐ""");

	/** A field of research or industry: simplified, traditional, pinyin, English. */
	record Field(String hans, String hant, String pinyin, String en) {
	}

	static final List<Field> FIELDS = List.of(new Field("人工智能", "人工智能", "Réngōng Zhìnéng", "Artificial Intelligence"),
			new Field("生物医药", "生物醫藥", "Shēngwù Yīyào", "Biomedicine"),
			new Field("新材料", "新材料", "Xīn Cáiliào", "Advanced Materials"),
			new Field("量子信息", "量子信息", "Liàngzǐ Xìnxī", "Quantum Information"),
			new Field("集成电路", "集成電路", "Jíchéng Diànlù", "Integrated Circuits"),
			new Field("智能制造", "智能製造", "Zhìnéng Zhìzào", "Intelligent Manufacturing"),
			new Field("新能源", "新能源", "Xīn Néngyuán", "New Energy"),
			new Field("海洋科学", "海洋科學", "Hǎiyáng Kēxué", "Marine Science"),
			new Field("数字经济", "數字經濟", "Shùzì Jīngjì", "Digital Economy"),
			new Field("先进光学", "先進光學", "Xiānjìn Guāngxué", "Advanced Optics"),
			new Field("现代农业", "現代農業", "Xiàndài Nóngyè", "Modern Agriculture"),
			new Field("航空航天", "航空航天", "Hángkōng Hángtiān", "Aerospace"));

	private NameVocabulary() {
	}

	private static Province p(String zhHans, String zhHant, String pinyin, String en, String code) {
		return new Province(zhHans, zhHant, pinyin, en, code);
	}

	private static List<Syllable> syllables(String table) {
		var list = new ArrayList<Syllable>();
		for (var entry : table.replace("\n", "").split("\\|")) {
			var parts = entry.trim().split(" ");
			list.add(new Syllable(parts[0], parts[1], parts[2]));
		}
		return List.copyOf(list);
	}

	/** A place name of two or three syllables in every form. */
	record Place(String hans, String hant, String pinyin, String en) {
	}

	/**
	 * Distinct place names in a seeded order: every two-syllable name first, then
	 * three-syllable ones, so that any scale has enough.
	 */
	static final class PlaceNames {

		private final List<int[]> order = new ArrayList<>();

		private int next;

		PlaceNames(long seed) {
			int n = SYLLABLES.size();
			var pairs = new ArrayList<int[]>();
			for (int a = 0; a < n; a++) {
				for (int b = 0; b < n; b++) {
					if (a != b) {
						pairs.add(new int[] { a, b });
					}
				}
			}
			shuffle(pairs, new SplittableRandom(seed));
			this.order.addAll(pairs);
			var triples = new ArrayList<int[]>();
			for (var pair : pairs) {
				for (int c = 0; c < n; c += 7) {
					triples.add(new int[] { pair[0], pair[1], (pair[1] + c + 1) % n });
				}
			}
			shuffle(triples, new SplittableRandom(seed + 1));
			this.order.addAll(triples);
		}

		Place next() {
			var parts = this.order.get(this.next++);
			var hans = new StringBuilder();
			var hant = new StringBuilder();
			var pinyin = new StringBuilder();
			for (int i : parts) {
				var s = SYLLABLES.get(i);
				hans.append(s.hans());
				hant.append(s.hant());
				pinyin.append(s.pinyin());
			}
			var toned = capitalise(pinyin.toString());
			return new Place(hans.toString(), hant.toString(), toned, capitalise(plain(pinyin.toString())));
		}

	}

	static String plain(String pinyin) {
		return java.text.Normalizer.normalize(pinyin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static String capitalise(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			var t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}

}
