package org.innograph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.innograph.bulk.NameVocabulary.Field;
import org.innograph.bulk.NameVocabulary.Place;
import org.innograph.bulk.NameVocabulary.Province;
import org.innograph.reference.Division;
import org.jspecify.annotations.Nullable;

import static org.innograph.bulk.FactKinds.AWARDS;

/**
 * The entities of the synthetic graph before any fact is stated about them: the ministry
 * and the awards, and for each province its department, cities, counties, high-tech
 * zones, laboratories, organisations and policies, with the sizes and years their facts
 * are derived from. The same seed and scale give the same entities, drawn in the same
 * order.
 */
final class Skeleton {

	private static final String MOST = "gen-dept-most";

	/** One generated entity, with what its facts are derived from. */
	static final class Entity {

		final String id;

		final String kind;

		final String hans;

		final String hant;

		final String pinyin;

		final String en;

		final List<String> aliases = new ArrayList<>();

		final int province;

		final @Nullable Entity parent;

		@Nullable String level;

		@Nullable String adminCode;

		@Nullable Integer established;

		@Nullable Field field;

		/** Relative size, which sets metric levels and the mean of the ranking score. */
		double size;

		/** The ranking score of each year from FIRST_YEAR. */
		double @Nullable [] scores;

		final Map<String, Integer> ranks = new HashMap<>();

		Entity(String id, String kind, String hans, String hant, String pinyin, String en, int province,
				@Nullable Entity parent) {
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

		final Entity entity;

		final Entity department;

		final List<Entity> cities = new ArrayList<>();

		final List<Entity> counties = new ArrayList<>();

		final List<Entity> zones = new ArrayList<>();

		final List<Entity> labs = new ArrayList<>();

		final List<Entity> orgs = new ArrayList<>();

		final List<Entity> policies = new ArrayList<>();

		ProvinceGraph(int index, Province province, Entity entity, Entity department) {
			this.index = index;
			this.province = province;
			this.entity = entity;
			this.department = department;
		}

	}

	private final long seed;

	private final double scale;

	final List<ProvinceGraph> provinces = new ArrayList<>();

	final Entity most;

	final Map<String, Entity> awards = new LinkedHashMap<>();

	/** The real places by province code, when the graph is laid over them. */
	private final @Nullable Map<String, List<Division>> realCities;

	private final @Nullable Map<String, List<Division>> realCounties;

	Skeleton(long seed, double scale, boolean realPlaces) {
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
		this.most = new Entity(MOST, "Department", "科学技术部", "科學技術部", "Kēxué Jìshù Bù",
				"Ministry of Science and Technology", -1, null);
		this.most.aliases.add("科技部");
		this.most.aliases.add("MOST");
		for (var a : AWARDS) {
			this.awards.put(a.code(),
					new Entity("gen-award-" + a.code(), "Award", a.hans(), a.hant(), a.pinyin(), a.en(), -1, null));
		}
		buildEntities();
	}

	List<Entity> allOf(java.util.function.Function<ProvinceGraph, List<Entity>> part) {
		return this.provinces.stream().flatMap(g -> part.apply(g).stream()).toList();
	}

	/** How many of a thing there are at this scale, at least one. */
	int count(double atScaleOne) {
		return Math.max(1, (int) Math.round(atScaleOne * this.scale));
	}

	private void buildEntities() {
		var places = new NameVocabulary.PlaceNames(this.seed);
		var brands = new NameVocabulary.PlaceNames(this.seed * 31 + 7);
		var random = new SplittableRandom(this.seed);
		int citiesPerProvince = count(10);
		for (int p = 0; p < NameVocabulary.PROVINCES.size(); p++) {
			var province = NameVocabulary.PROVINCES.get(p);
			var code = province.code().substring(0, 2);
			var entity = new Entity("gen-prov-" + code, "Province", province.zhHans(), province.zhHant(),
					province.pinyin(), province.en(), p, null);
			entity.adminCode = province.code();
			entity.aliases.add(province.shortName());
			entity.size = 0.5 + random.nextDouble() * 2;
			var dept = new Entity("gen-dept-" + code, "Department", province.zhHans() + "科学技术厅",
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
						? new Entity("gen-city-" + cityNo, "City", place.hans() + "市", place.hant() + "市",
								place.pinyin() + " Shì", place.en(), p, entity)
						: new Entity("gen-city-" + cityNo, "City", real.zhHans(), real.zhHant(), real.pinyin(),
								real.en(), p, entity);
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
							? new Entity(countyId, "County", cp.hans() + "县", cp.hant() + "縣", cp.pinyin() + " Xiàn",
									cp.en() + " County", p, city)
							: new Entity(countyId, "County", realCounty.zhHans(), realCounty.zhHant(),
									realCounty.pinyin(), realCounty.en(), p, city);
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
					var field = NameVocabulary.FIELDS.get((c * 3 + l + p) % NameVocabulary.FIELDS.size());
					var lab = new Entity("gen-lab-%s%02d".formatted(cityNo, l + 1), "Laboratory",
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
					var field = NameVocabulary.FIELDS.get(random.nextInt(NameVocabulary.FIELDS.size()));
					var research = o % 3 == 0;
					var located = graph.zones.getLast().parent == city && random.nextInt(5) < 3 ? graph.zones.getLast()
							: city;
					var org = new Entity("gen-org-%s%02d".formatted(cityNo, o + 1), "Organisation",
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
					var field = NameVocabulary.FIELDS.get((c + q * 5 + p) % NameVocabulary.FIELDS.size());
					var year = 2005 + random.nextInt(21);
					var short_ = city.hans.replaceAll("市$", "");
					var policy = new Entity("gen-pol-%s%02d".formatted(cityNo, q + 1), "Policy",
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

	private static Place shortOf(Entity city) {
		return new Place(city.hans.replaceAll("市$", ""), city.hant.replaceAll("市$", ""),
				city.pinyin.replaceAll(" Shì$", ""), city.en);
	}

	private Entity zone(String id, String level, Place place, Entity city, SplittableRandom random) {
		var national = level.equals("NATIONAL");
		var zone = new Entity(id, "HighTechZone", place.hans() + (national ? "高新技术产业开发区" : "高新技术产业园区"),
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

}
