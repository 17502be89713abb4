package org.innograph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.innograph.bulk.Names.Field;
import org.innograph.bulk.Names.Place;
import org.innograph.bulk.Names.Province;
import org.innograph.entity.Vocabulary;
import org.innograph.names.NameForms;
import org.innograph.reference.Division;
import org.innograph.source.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A national-scale innovation graph, generated from a seed and a scale factor: the same
 * seed and scale give the same graph, row for row. At scale 1 it has the 34 provinces,
 * 340 cities, 1,360 counties, 510 high-tech zones (a third national), 1,020 laboratories,
 * 2,720 organisations and 680 policies, with yearly metric series 2000–2025, three ranked
 * lists whose editions move ranks by a random walk of each subject's score, designations,
 * located-in and other relations, and a document and quote for every fact: about 100,000
 * nodes. Every count but the provinces grows with the scale.
 * <p>
 * With real places, the provinces' cities and the cities' counties are China's own (the
 * divisions file: their names and codes, all 333 cities and their counties from scale 1,
 * the first of each province's below it), so that the reference data lays itself over
 * them when the service next starts and the graph has the real country's shape; the
 * municipalities and the special regions, which have no prefecture-level cities, then
 * hold only province-level facts. The rest (zones, laboratories, organisations, policies,
 * facts) is generated per city as usual.
 *
 * <p>
 * Ids start with {@code gen-}, so a generated graph can be loaded beside the curated
 * seed. The graph is produced chunk by chunk, in the order the loader must write them:
 * the national chunk, then each province's entities, then each province's facts.
 */
final class SyntheticGraph {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2025;

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

	static final String MOST = "gen-dept-most";

	/** One generated entity, with what its facts are derived from. */
	static final class Ent {

		final String id;

		final String kind;

		final String hans;

		final String hant;

		final String pinyin;

		final String en;

		final List<String> aliases = new ArrayList<>();

		final int province;

		final @Nullable Ent parent;

		@Nullable String level;

		@Nullable String adminCode;

		@Nullable Integer established;

		@Nullable Field field;

		/** Relative size, which sets metric levels and the mean of the ranking score. */
		double size;

		/** The ranking score of each year from FIRST_YEAR. */
		double @Nullable [] scores;

		final Map<String, Integer> ranks = new HashMap<>();

		Ent(String id, String kind, String hans, String hant, String pinyin, String en, int province,
				@Nullable Ent parent) {
			this.id = id;
			this.kind = kind;
			this.hans = hans;
			this.hant = hant;
			this.pinyin = pinyin;
			this.en = en;
			this.province = province;
			this.parent = parent;
		}

	}

	/** The entities of one province. */
	static final class ProvinceGraph {

		final int index;

		final Province province;

		final Ent entity;

		final Ent department;

		final List<Ent> cities = new ArrayList<>();

		final List<Ent> counties = new ArrayList<>();

		final List<Ent> zones = new ArrayList<>();

		final List<Ent> labs = new ArrayList<>();

		final List<Ent> orgs = new ArrayList<>();

		final List<Ent> policies = new ArrayList<>();

		ProvinceGraph(int index, Province province, Ent entity, Ent department) {
			this.index = index;
			this.province = province;
			this.entity = entity;
			this.department = department;
		}

	}

	private final long seed;

	private final double scale;

	private final List<ProvinceGraph> provinces = new ArrayList<>();

	private final Ent most;

	private final Map<String, Ent> awards = new LinkedHashMap<>();

	/** The text of each ranking edition's document, by document id. */
	private final Map<String, String> rankingTexts = new LinkedHashMap<>();

	/** The real places by province code, when the graph is laid over them. */
	private final @Nullable Map<String, List<Division>> realCities;

	private final @Nullable Map<String, List<Division>> realCounties;

	SyntheticGraph(long seed, double scale) {
		this(seed, scale, false);
	}

	SyntheticGraph(long seed, double scale, boolean realPlaces) {
		if (scale <= 0 || scale > 100) {
			throw new IllegalArgumentException("scale must be above 0 and at most 100, was " + scale);
		}
		this.seed = seed;
		this.scale = scale;
		if (realPlaces) {
			var cities = new LinkedHashMap<String, List<Division>>();
			var counties = new LinkedHashMap<String, List<Division>>();
			for (var d : Division.bundled()) {
				if (d.parent() != null && d.level().equals("PREFECTURE")) {
					cities.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
				}
				else if (d.parent() != null && d.level().equals("COUNTY")) {
					counties.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
				}
			}
			this.realCities = cities;
			this.realCounties = counties;
		}
		else {
			this.realCities = null;
			this.realCounties = null;
		}
		this.most = new Ent(MOST, "Department", "科学技术部", "科學技術部", "Kēxué Jìshù Bù",
				"Ministry of Science and Technology", -1, null);
		this.most.aliases.add("科技部");
		this.most.aliases.add("MOST");
		for (var a : AWARDS) {
			this.awards.put(a.code(),
					new Ent("gen-award-" + a.code(), "Award", a.hans(), a.hant(), a.pinyin(), a.en(), -1, null));
		}
		buildEntities();
		rank(ZONE_LIST, allOf(g -> g.zones).stream().filter(z -> "NATIONAL".equals(z.level)).toList());
		rank(CITY_LIST, allOf(g -> g.cities));
		rank(PROVINCE_LIST, this.provinces.stream().map(g -> g.entity).toList());
	}

	private List<Ent> allOf(java.util.function.Function<ProvinceGraph, List<Ent>> part) {
		return this.provinces.stream().flatMap(g -> part.apply(g).stream()).toList();
	}

	/** How many of a thing there are at this scale, at least one. */
	private int count(double atScaleOne) {
		return Math.max(1, (int) Math.round(atScaleOne * this.scale));
	}

	private void buildEntities() {
		var places = new Names.PlaceNames(this.seed);
		var brands = new Names.PlaceNames(this.seed * 31 + 7);
		var random = new SplittableRandom(this.seed);
		int citiesPerProvince = count(10);
		for (int p = 0; p < Names.PROVINCES.size(); p++) {
			var province = Names.PROVINCES.get(p);
			var code = province.code().substring(0, 2);
			var entity = new Ent("gen-prov-" + code, "Province", province.zhHans(), province.zhHant(),
					province.pinyin(), province.en(), p, null);
			entity.adminCode = province.code();
			entity.aliases.add(province.shortName());
			entity.size = 0.5 + random.nextDouble() * 2;
			var dept = new Ent("gen-dept-" + code, "Department", province.zhHans() + "科学技术厅",
					province.zhHant() + "科學技術廳", province.pinyin() + " Kēxué Jìshù Tīng",
					"Department of Science and Technology of " + province.en(), p, entity);
			dept.aliases.add(province.shortName() + "科技厅");
			var graph = new ProvinceGraph(p, province, entity, dept);
			this.provinces.add(graph);
			var realCitiesHere = (this.realCities == null) ? null
					: this.realCities.getOrDefault(province.code(), List.of());
			// Below scale 1, the first of a province's real cities, at least one; from 1,
			// all of them.
			int cityCount = (realCitiesHere == null) ? citiesPerProvince : Math.min(realCitiesHere.size(),
					Math.max(1, (int) Math.round(realCitiesHere.size() * Math.min(1, this.scale))));
			for (int c = 0; c < cityCount; c++) {
				var real = (realCitiesHere == null) ? null : realCitiesHere.get(c);
				var place = (real == null) ? places.next() : shortOf(real);
				var cityNo = "%s%02d".formatted(code, c + 1);
				var city = (real == null)
						? new Ent("gen-city-" + cityNo, "City", place.hans() + "市", place.hant() + "市",
								place.pinyin() + " Shì", place.en(), p, entity)
						: new Ent("gen-city-" + cityNo, "City", real.zhHans(), real.zhHant(), real.pinyin(), real.en(),
								p, entity);
				city.adminCode = (real == null) ? "%s%02d00".formatted(code, (c % 99) + 1) : real.code();
				city.size = entity.size * (0.2 + random.nextDouble() * random.nextDouble() * 3);
				city.established = 1949 + random.nextInt(40);
				graph.cities.add(city);
				var realCountiesHere = (real == null) ? null : this.realCounties.getOrDefault(real.code(), List.of());
				int countyCount = (realCountiesHere == null) ? 4 : realCountiesHere.size();
				for (int k = 0; k < countyCount; k++) {
					var realCounty = (realCountiesHere == null) ? null : realCountiesHere.get(k);
					var cp = (realCounty == null) ? places.next() : shortOf(realCounty);
					var countyId = "gen-county-%s%02d".formatted(cityNo, k + 1);
					var county = (realCounty == null)
							? new Ent(countyId, "County", cp.hans() + "县", cp.hant() + "縣", cp.pinyin() + " Xiàn",
									cp.en() + " County", p, city)
							: new Ent(countyId, "County", realCounty.zhHans(), realCounty.zhHant(), realCounty.pinyin(),
									realCounty.en(), p, city);
					county.adminCode = (realCounty == null) ? "%s%02d%02d".formatted(code, (c % 99) + 1, k + 21)
							: realCounty.code();
					graph.counties.add(county);
					if (k == 0) {
						graph.zones.add(zone("gen-htz-%s-p".formatted(cityNo), "PROVINCIAL", cp, city, random));
					}
				}
				if (countyCount == 0) {
					graph.zones.add(zone("gen-htz-%s-p".formatted(cityNo), "PROVINCIAL", place, city, random));
				}
				if (c % 2 == 0) {
					graph.zones.add(zone("gen-htz-%s-n".formatted(cityNo), "NATIONAL", shortOf(city), city, random));
				}
				for (int l = 0; l < 3; l++) {
					var field = Names.FIELDS.get((c * 3 + l + p) % Names.FIELDS.size());
					var lab = new Ent("gen-lab-%s%02d".formatted(cityNo, l + 1), "Laboratory",
							city.hans.replaceAll("市$", "") + field.hans() + "实验室",
							city.hant.replaceAll("市$", "") + field.hant() + "實驗室",
							place.pinyin() + " " + field.pinyin() + " Shíyànshì",
							place.en() + " Laboratory of " + field.en(), p, city);
					lab.field = field;
					lab.established = 1995 + random.nextInt(30);
					lab.size = random.nextDouble();
					graph.labs.add(lab);
				}
				for (int o = 0; o < 8; o++) {
					var brand = brands.next();
					var field = Names.FIELDS.get(random.nextInt(Names.FIELDS.size()));
					var research = o % 3 == 0;
					var located = graph.zones.getLast().parent == city && random.nextInt(5) < 3 ? graph.zones.getLast()
							: city;
					var org = new Ent("gen-org-%s%02d".formatted(cityNo, o + 1), "Organisation",
							brand.hans() + field.hans() + (research ? "研究院" : "科技有限公司"),
							brand.hant() + field.hant() + (research ? "研究院" : "科技有限公司"),
							brand.pinyin() + " " + field.pinyin() + (research ? " Yánjiūyuàn" : " Kējì Yǒuxiàn Gōngsī"),
							brand.en() + " " + field.en()
									+ (research ? " Research Institute" : " Technology Co., Ltd."),
							p, located);
					org.field = field;
					org.established = 1990 + random.nextInt(35);
					org.aliases.add(brand.hans() + field.hans());
					graph.orgs.add(org);
				}
				for (int q = 0; q < 2; q++) {
					var field = Names.FIELDS.get((c + q * 5 + p) % Names.FIELDS.size());
					var year = 2005 + random.nextInt(21);
					var short_ = city.hans.replaceAll("市$", "");
					var policy = new Ent("gen-pol-%s%02d".formatted(cityNo, q + 1), "Policy",
							short_ + "关于加快" + field.hans() + "产业发展的若干意见",
							city.hant.replaceAll("市$", "") + "關於加快" + field.hant() + "產業發展的若干意見",
							place.pinyin() + " Guānyú Jiākuài " + field.pinyin() + " Chǎnyè Fāzhǎn de Ruògān Yìjiàn",
							"Opinions of " + place.en() + " on Accelerating the " + field.en() + " Industry", p, city);
					policy.field = field;
					policy.established = year;
					graph.policies.add(policy);
				}
			}
		}
	}

	/** A real division's name without its suffix: 杭州 of 杭州市, 西湖 of 西湖区. */
	private static Place shortOf(Division d) {
		var hans = d.aliases().isEmpty() ? d.zhHans() : d.aliases().getFirst();
		var hant = hans.equals(d.zhHans()) ? d.zhHant()
				: d.zhHant().substring(0, Math.min(d.zhHant().length(), hans.length()));
		var pinyin = d.pinyin().replaceAll(" (Shì|Xiàn|Qū|Zìzhìxiàn|Qí|Zìzhìqí|Zìzhìzhōu|Méng|Dìqū)$", "");
		var en = d.en().replaceAll(" (City|County|District|Prefecture|League|Banner)$", "");
		return new Place(hans, hant, pinyin, en);
	}

	private static Place shortOf(Ent city) {
		return new Place(city.hans.replaceAll("市$", ""), city.hant.replaceAll("市$", ""),
				city.pinyin.replaceAll(" Shì$", ""), city.en);
	}

	private Ent zone(String id, String level, Place place, Ent city, SplittableRandom random) {
		var national = level.equals("NATIONAL");
		var zone = new Ent(id, "HighTechZone", place.hans() + (national ? "高新技术产业开发区" : "高新技术产业园区"),
				place.hant() + (national ? "高新技術產業開發區" : "高新技術產業園區"),
				place.pinyin() + (national ? " Gāoxīn Jìshù Chǎnyè Kāifāqū" : " Gāoxīn Jìshù Chǎnyè Yuánqū"),
				place.en() + (national ? " National Hi-tech Industrial Development Zone" : " Hi-tech Industrial Park"),
				city.province, city);
		zone.level = level;
		zone.aliases.add(place.hans() + "高新区");
		zone.established = national ? 1991 + random.nextInt(25) : 2000 + random.nextInt(25);
		zone.size = city.size * (0.3 + random.nextDouble());
		return zone;
	}

	/**
	 * Ranks the subjects in each edition by a score that moves as a random walk with a
	 * drift of its own, so that ranks change a little from edition to edition and a lot
	 * over decades. Only subjects that exist in an edition's year are ranked.
	 */
	private void rank(RankedList list, List<Ent> subjects) {
		for (var s : subjects) {
			var random = new SplittableRandom(this.seed ^ s.id.hashCode() * 0x9E3779B97F4A7C15L);
			var scores = new double[LAST_YEAR - FIRST_YEAR + 1];
			var score = 50 + 20 * Math.log(1 + s.size) + random.nextGaussian() * 5;
			var drift = random.nextGaussian() * 0.8;
			for (int i = 0; i < scores.length; i++) {
				score += drift + random.nextGaussian() * 1.5;
				scores[i] = score;
			}
			s.scores = scores;
		}
		for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
			int year = edition;
			var ranked = new ArrayList<>(
					subjects.stream().filter(s -> s.established == null || s.established <= year).toList());
			int i = year - FIRST_YEAR;
			ranked.sort((a, b) -> Double.compare(b.scores[i], a.scores[i]));
			var text = new StringBuilder("%d年%s结果（%s发布）\n".formatted(edition, list.name(), list.publisher()));
			for (int r = 0; r < ranked.size(); r++) {
				ranked.get(r).ranks.put(list.code() + edition, r + 1);
				text.append(rankingQuote(r + 1, ranked.get(r), ranked.get(r).scores[i])).append('\n');
			}
			this.rankingTexts.put(rankingDocId(list, edition), text.toString().strip());
		}
	}

	private static String rankingQuote(int rank, Ent subject, double score) {
		return "第%d名 %s（得分%.2f）".formatted(rank, subject.hans, score);
	}

	private static String rankingDocId(RankedList list, int edition) {
		return "gen-doc-rank-%s-%d".formatted(list.code(), edition);
	}

	/** The chunks in load order: national, then entities by province, then facts. */
	List<Supplier<Chunk>> chunks() {
		var chunks = new ArrayList<Supplier<Chunk>>();
		chunks.add(this::nationalChunk);
		for (var g : this.provinces) {
			chunks.add(() -> entityChunk(g));
		}
		for (var g : this.provinces) {
			int parts = Math.max(1, (g.cities.size() + 9) / 10);
			for (int part = 0; part < parts; part++) {
				int from = part * 10;
				int to = Math.min(g.cities.size(), from + 10);
				int index = part;
				chunks.add(() -> factChunk(g, from, to, index));
			}
		}
		return chunks;
	}

	/** The number of chunks of each phase: national, entities, facts. */
	int[] phases() {
		int facts = 0;
		for (var g : this.provinces) {
			facts += Math.max(1, (g.cities.size() + 9) / 10);
		}
		return new int[] { 1, this.provinces.size(), facts };
	}

	/** Rows of one chunk, with the documents and quotes its rows cite. */
	private static final class Rows {

		final String name;

		final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();

		final Map<String, StringBuilder> texts = new HashMap<>();

		final Map<String, String> fixedTexts;

		final Map<String, Map<String, Object>> sources = new LinkedHashMap<>();

		final List<Map<String, Object>> entities = new ArrayList<>();

		final List<Map<String, Object>> facts = new ArrayList<>();

		final List<Map<String, Object>> relations = new ArrayList<>();

		Rows(String name, Map<String, String> fixedTexts) {
			this.name = name;
			this.fixedTexts = fixedTexts;
		}

		/** A document whose text is the lines quoted from it, in order. */
		void document(String id, String title, String publisher, String publishedAt, String role, String kind,
				boolean held) {
			var d = new HashMap<String, Object>();
			d.put("id", id);
			d.put("title", title);
			d.put("publisher", publisher);
			d.put("publishedAt", publishedAt);
			d.put("role", role);
			d.put("kind", kind);
			d.put("language", "zh-Hans");
			this.documents.put(id, d);
			if (held && !this.fixedTexts.containsKey(id)) {
				this.texts.put(id, new StringBuilder());
			}
		}

		/** Cites a quote: a line of a held document's text, or a statement of another. */
		String cite(String documentId, String quote, boolean inferred) {
			var id = Provenance.sourceId(documentId, quote, inferred);
			if (!this.sources.containsKey(id)) {
				var text = this.texts.get(documentId);
				if (text != null) {
					text.append(text.isEmpty() ? "" : "\n").append(quote);
				}
				var props = new HashMap<String, Object>();
				props.put("id", id);
				props.put("quote", quote);
				props.put("inferred", inferred);
				var row = new HashMap<String, Object>();
				row.put("id", id);
				row.put("documentId", documentId);
				row.put("props", props);
				this.sources.put(id, row);
			}
			return id;
		}

		Chunk build() {
			for (var e : this.texts.entrySet()) {
				var body = e.getValue().toString();
				this.documents.get(e.getKey()).put("text", body);
				this.documents.get(e.getKey()).put("sha256", org.innograph.store.Sha256.hex(body));
			}
			for (var row : this.sources.values()) {
				var documentId = (String) row.get("documentId");
				@SuppressWarnings("unchecked")
				var props = (Map<String, Object>) row.get("props");
				var builder = this.texts.get(documentId);
				var body = builder != null ? builder.toString() : this.fixedTexts.get(documentId);
				props.put("verbatim", body != null);
				if (body != null) {
					var quote = (String) props.get("quote");
					var start = body.indexOf(quote);
					if (start < 0) {
						throw new IllegalStateException("quote «" + quote + "» is not in " + documentId);
					}
					props.put("start", start);
					props.put("end", start + quote.length());
				}
			}
			// The statistical methods are cited by every chunk; the national chunk writes
			// them, so that parallel chunks do not all write to the same nodes.
			var sources = this.sources.values()
				.stream()
				.filter(row -> this.name.equals("national") || !METHODS_DOC.equals(row.get("documentId")))
				.toList();
			return new Chunk(this.name, List.copyOf(this.documents.values()), sources, this.entities, this.facts,
					this.relations);
		}

		void entity(Ent e, List<String> sourceIds) {
			var props = new HashMap<String, Object>();
			props.put("id", e.id);
			props.put("kind", e.kind);
			props.put("name", e.hans);
			props.put("zhHant", e.hant);
			props.put("en", e.en);
			props.put("pinyin", e.pinyin);
			props.put("aliases", List.copyOf(e.aliases));
			if (e.level != null) {
				props.put("level", e.level);
			}
			if (e.adminCode != null) {
				props.put("adminCode", e.adminCode);
			}
			if (e.established != null) {
				props.put("established", String.valueOf(e.established));
			}
			if (e.field != null) {
				props.put("category", e.field.en());
			}
			var forms = new ArrayList<@Nullable String>(List.of(e.hans, e.hant, e.en, e.pinyin));
			forms.addAll(e.aliases);
			props.put("searchText", NameForms.searchText(forms));
			var row = new HashMap<String, Object>();
			row.put("id", e.id);
			row.put("kind", e.kind);
			row.put("props", props);
			row.put("keys", NameForms.rankedKeys(forms, Vocabulary.ADMINISTRATIVE.contains(e.kind)));
			row.put("sourceIds", sourceIds);
			this.entities.add(row);
		}

		void fact(String id, String label, Map<String, Object> props, String subjectId, @Nullable String awardId,
				@Nullable String grantorId, List<String> sourceIds) {
			props.put("id", id);
			props.putIfAbsent("inferred", false);
			var row = new HashMap<String, Object>();
			row.put("id", id);
			row.put("label", label);
			row.put("props", props);
			row.put("subjectId", subjectId);
			if (awardId != null) {
				row.put("awardId", awardId);
			}
			if (grantorId != null) {
				row.put("grantorId", grantorId);
			}
			row.put("sourceIds", sourceIds);
			this.facts.add(row);
		}

		void relation(String id, String type, String label, Ent from, Ent to, List<String> sourceIds) {
			var props = new HashMap<String, Object>();
			props.put("id", id);
			props.put("type", type);
			props.put("label", label);
			props.put("inferred", false);
			var row = new HashMap<String, Object>();
			row.put("id", id);
			row.put("type", type);
			row.put("fromId", from.id);
			row.put("toId", to.id);
			row.put("props", props);
			row.put("sourceIds", sourceIds);
			this.relations.add(row);
		}

	}

	private static final String CODES_DOC = "gen-doc-division-codes";

	private static final String METHODS_DOC = "gen-doc-statistical-methods";

	private Chunk nationalChunk() {
		var rows = new Rows("national", this.rankingTexts);
		rows.document(CODES_DOC, "中华人民共和国县以上行政区划代码", "民政部", "2025-01-01", "BACKGROUND", "REFERENCE", true);
		rows.document(METHODS_DOC, "科技统计指标解释", "国家统计局", "2024-06-30", "BACKGROUND", "REFERENCE", false);
		for (var list : LISTS) {
			for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
				var id = rankingDocId(list, edition);
				rows.document(id, "%d年%s结果".formatted(edition, list.name()), list.publisher(),
						"%d-11-15".formatted(edition), "PRIMARY", "REPORT", true);
				rows.documents.get(id).put("text", this.rankingTexts.get(id));
				rows.documents.get(id).put("sha256", org.innograph.store.Sha256.hex(this.rankingTexts.get(id)));
			}
		}
		rows.entity(this.most, List.of(rows.cite(CODES_DOC, "国务院组成部门：科学技术部", false)));
		for (var award : this.awards.values()) {
			rows.entity(award, List.of(rows.cite(METHODS_DOC, "认定类别：" + award.hans, false)));
		}
		for (var kind : List.of(RD, HTE, PATENTS, INTENSITY, REVENUE)) {
			rows.cite(METHODS_DOC, "统计口径：" + kind.name(), false);
		}
		for (var list : LISTS) {
			rows.cite(METHODS_DOC, "评价对象：" + list.name(), false);
		}
		for (var g : this.provinces) {
			rows.entity(g.entity, List.of(rows.cite(CODES_DOC, g.province.code() + " " + g.province.zhHans(), false)));
		}
		return rows.build();
	}

	private static String directoryDoc(Ent place) {
		return "gen-doc-dir-" + place.id.substring(4);
	}

	private Chunk entityChunk(ProvinceGraph g) {
		var rows = new Rows("entities-" + g.entity.id, Map.of());
		var p = g.province;
		rows.document(directoryDoc(g.entity), p.zhHans() + "科技创新主体名录", g.department.hans, "2025-03-01", "PRIMARY",
				"OFFICIAL_DOCUMENT", true);
		for (var city : g.cities) {
			rows.document(directoryDoc(city), city.hans + "科技创新主体名录", g.department.hans, "2025-03-01", "PRIMARY",
					"OFFICIAL_DOCUMENT", true);
		}
		// Each entity is named where its location is stated; the relation cites the same
		// quote.
		located(rows, g.department, g.entity, directoryDoc(g.entity), "%s是%s人民政府组成部门");
		for (var city : g.cities) {
			located(rows, city, g.entity, directoryDoc(g.entity), "%s是%s下辖地级市");
		}
		for (var county : g.counties) {
			located(rows, county, county.parent, directoryDoc(county.parent), "%s隶属于%s");
		}
		for (var zone : g.zones) {
			located(rows, zone, zone.parent, directoryDoc(zone.parent), "%s位于%s");
			if ("PROVINCIAL".equals(zone.level)) {
				var quote = "%s推动%s建设".formatted(g.department.hans, zone.hans);
				rows.relation(zone.id + "-adv", "ADVANCES", "推动建设", g.department, zone,
						List.of(rows.cite(directoryDoc(g.entity), quote, false)));
			}
		}
		for (var lab : g.labs) {
			located(rows, lab, lab.parent, directoryDoc(lab.parent), "%s建于%s");
		}
		for (var org : g.orgs) {
			var city = org.parent.kind.equals("City") ? org.parent : org.parent.parent;
			located(rows, org, org.parent, directoryDoc(city), "%s注册于%s");
			// Organisations take part in two laboratories of their city.
			var labs = g.labs.stream().filter(l -> l.parent == city).toList();
			for (int i = 0; i < 2 && i < labs.size(); i++) {
				var lab = labs.get((Math.floorMod(org.id.hashCode(), labs.size()) + i) % labs.size());
				var quote = "%s参与%s建设".formatted(org.hans, lab.hans);
				rows.relation(org.id + "-pin-" + lab.id.substring(8), "PARTICIPATES_IN", "参与建设", org, lab,
						List.of(rows.cite(directoryDoc(city), quote, false)));
			}
		}
		for (var policy : g.policies) {
			var quote = "%s印发《%s》".formatted(policy.parent.hans, policy.hans);
			var source = rows.cite(directoryDoc(policy.parent), quote, false);
			rows.entity(policy, List.of(source));
			rows.relation(policy.id + "-adv", "ADVANCES", "印发", g.department, policy, List.of(source));
		}
		return rows.build();
	}

	private static void located(Rows rows, Ent e, @Nullable Ent place, String documentId, String pattern) {
		var quote = pattern.formatted(e.hans, place.hans);
		var source = rows.cite(documentId, quote, false);
		rows.entity(e, List.of(source));
		rows.relation(e.id + "-loc", "LOCATED_IN", pattern.replace("%s", "").strip(), e, place, List.of(source));
	}

	private Chunk factChunk(ProvinceGraph g, int fromCity, int toCity, int part) {
		var rows = new Rows("facts-" + g.entity.id + "-" + part, this.rankingTexts);
		var p = g.province;
		var cities = g.cities.subList(fromCity, toCity);
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			var bulletin = "gen-doc-bulletin-%s-%d-%d".formatted(g.entity.id.substring(9), year, part);
			rows.document(bulletin,
					"%s%d年国民经济和社会发展统计公报%s".formatted(p.zhHans(), year, part == 0 ? "" : "（续" + part + "）"),
					p.zhHans() + "统计局", "%d-03-20".formatted(year + 1), "PRIMARY", "OFFICIAL_DOCUMENT", true);
			if (part == 0) {
				metrics(rows, g.entity, year, bulletin, List.of(RD, HTE, PATENTS, INTENSITY));
			}
			for (var city : cities) {
				metrics(rows, city, year, bulletin, List.of(RD, HTE, PATENTS));
				for (var zone : g.zones) {
					if (zone.parent == city && "NATIONAL".equals(zone.level) && zone.established <= year) {
						metrics(rows, zone, year, bulletin, List.of(REVENUE));
					}
				}
			}
		}
		var subjects = new ArrayList<Ent>(cities);
		if (part == 0) {
			subjects.add(g.entity);
		}
		subjects.addAll(g.zones.stream().filter(z -> cities.contains(z.parent)).toList());
		for (var s : subjects) {
			for (var list : LISTS) {
				for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
					var rank = s.ranks.get(list.code() + edition);
					if (rank == null) {
						continue;
					}
					var props = new HashMap<String, Object>();
					props.put("rank", rank);
					props.put("list", list.name());
					props.put("listEn", list.nameEn());
					props.put("edition", edition);
					props.put("publisher", list.publisher());
					var quote = rankingQuote(rank, s, s.scores[edition - FIRST_YEAR]);
					rows.fact("gen-rank-%s-%s-%d".formatted(list.code(), s.id.substring(4), edition), "Ranking", props,
							s.id, null, null, List.of(rows.cite(rankingDocId(list, edition), quote, false),
									rows.cite(METHODS_DOC, "评价对象：" + list.name(), false)));
				}
			}
		}
		designations(rows, g, cities);
		return rows.build();
	}

	private void designations(Rows rows, ProvinceGraph g, List<Ent> cities) {
		var notices = new HashMap<Integer, String>();
		java.util.function.IntFunction<String> notice = (year) -> notices.computeIfAbsent(year, (y) -> {
			var id = "gen-doc-notice-%s-%d-%s".formatted(g.entity.id.substring(9), y,
					cities.getFirst().id.substring(9));
			rows.document(id, "关于公布%d年%s科技创新认定名单的通知".formatted(y, g.province.zhHans()), g.department.hans,
					"%d-12-01".formatted(y), "PRIMARY", "OFFICIAL_DOCUMENT", true);
			return id;
		});
		for (var org : g.orgs) {
			var city = org.parent.kind.equals("City") ? org.parent : org.parent.parent;
			if (!cities.contains(city) || org.id.hashCode() % 4 == 0) {
				continue;
			}
			int year = Math.max(2008, org.established + 3);
			designation(rows, org, HIGH_TECH_ENTERPRISE, g.department, Math.min(year, LAST_YEAR), notice);
		}
		for (var lab : g.labs) {
			if (cities.contains(lab.parent)) {
				designation(rows, lab, KEY_LAB, g.department, lab.established, notice);
			}
		}
		for (var zone : g.zones) {
			if (cities.contains(zone.parent) && "NATIONAL".equals(zone.level)) {
				designation(rows, zone, NATIONAL_ZONE, this.most, zone.established, notice);
			}
		}
		for (var city : cities) {
			var rank = city.ranks.get(CITY_LIST.code() + 2018);
			if (rank != null && rank <= Math.max(3, count(100))) {
				designation(rows, city, INNOVATIVE_CITY, this.most, 2018, notice);
			}
		}
	}

	private void designation(Rows rows, Ent holder, AwardKind kind, Ent grantor, int year,
			java.util.function.IntFunction<String> notice) {
		var props = new HashMap<String, Object>();
		props.put("name", kind.hans());
		props.put("nameEn", kind.en());
		props.put("year", year);
		props.put("grantor", grantor.hans);
		var quote = "认定%s为%s".formatted(holder.hans, kind.hans());
		rows.fact("gen-des-%s-%s".formatted(kind.code(), holder.id.substring(4)), "Designation", props, holder.id,
				this.awards.get(kind.code()).id, grantor.id, List.of(rows.cite(notice.apply(year), quote, false)));
	}

	/**
	 * The yearly metrics of a place or zone: one line of the year's bulletin states them
	 * all, and the statistical methods say how each is counted.
	 */
	private void metrics(Rows rows, Ent subject, int year, String bulletin, List<MetricKind> kinds) {
		var random = new SplittableRandom(this.seed ^ (subject.id.hashCode() * 31L + year) * 0x9E3779B97F4A7C15L);
		var growth = Math.pow(1.11, year - FIRST_YEAR);
		var parts = new ArrayList<String>();
		var facts = new ArrayList<Map<String, Object>>();
		for (var kind : kinds) {
			double value;
			String raw;
			switch (kind.code()) {
				case "rd", "revenue" -> {
					var yi = Math.round(
							subject.size * growth * (kind == RD ? 40 : 150) * (0.9 + random.nextDouble() * 0.2) * 100)
							/ 100.0;
					value = Math.round(yi * 1e8);
					raw = format(yi) + "亿元";
				}
				case "hte" -> {
					value = Math.round(subject.size * growth * 120 * (0.9 + random.nextDouble() * 0.2));
					raw = (long) value + "家";
				}
				case "patents" -> {
					value = Math.round(subject.size * growth * 300 * (0.9 + random.nextDouble() * 0.2));
					raw = (long) value + "件";
				}
				default -> {
					value = Math.round((0.6 + (year - FIRST_YEAR) * 0.07) * (0.8 + random.nextDouble() * 0.4) * 100)
							/ 100.0;
					raw = format(value) + "%";
				}
			}
			parts.add(kind.name() + raw);
			var props = new HashMap<String, Object>();
			props.put("name", kind.name());
			props.put("nameEn", kind.nameEn());
			props.put("value", value);
			props.put("unit", kind.unit());
			props.put("rawText", raw);
			props.put("period", String.valueOf(year));
			props.put("bound", "EXACT");
			props.put("status", "ACHIEVED");
			props.put("id", "gen-m-%s-%s-%d".formatted(kind.code(), subject.id.substring(4), year));
			facts.add(props);
		}
		var line = rows.cite(bulletin, "%d年%s：%s".formatted(year, subject.hans, String.join("，", parts)), false);
		for (int i = 0; i < kinds.size(); i++) {
			var props = facts.get(i);
			var method = rows.cite(METHODS_DOC, "统计口径：" + kinds.get(i).name(), false);
			rows.fact((String) props.get("id"), "Metric", props, subject.id, null, null, List.of(line, method));
		}
	}

	private static String format(double value) {
		var text = String.format(Locale.ROOT, "%.2f", value);
		return text.replaceAll("\\.?0+$", "");
	}

	/** Lookup targets for a benchmark: names and ids that exist at any scale. */
	List<Ent> cities() {
		return allOf(g -> g.cities);
	}

	List<Ent> nationalZones() {
		return allOf(g -> g.zones).stream().filter(z -> "NATIONAL".equals(z.level)).toList();
	}

}
