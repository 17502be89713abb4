package org.innograph.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.entity.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The link stage's dictionary: every Chinese name form of the graph's entities
 * (canonical, traditional, aliases, and for places the form without 省/市/县/区), in
 * simplified characters, found in a text longest first.
 */
final class Gazetteer {

	/**
	 * An entity as the dictionary knows it: one of the graph's, or a place of the rules'
	 * own list that the graph does not hold yet ({@code inGraph} false), which a fact
	 * then names as a candidate.
	 */
	record Known(String id, String kind, String name, @Nullable String zhHant, List<String> aliases, boolean inGraph) {

		Known(String id, String kind, String name, @Nullable String zhHant, List<String> aliases) {
			this(id, kind, name, zhHant, aliases, true);
		}
	}

	/**
	 * The rank of a form of a place the graph does not hold: any graph entity's form
	 * wins.
	 */
	private static final int BACKGROUND = 100;

	/** An entity named in the text, at a span of it. */
	record Mention(Known entity, int start, int end) {
	}

	/**
	 * A name form of an entity; {@code bare} for a place's short form (杭州 for 杭州市, an
	 * alias), which must stand as words of its own in the text: 新平 of 新平县 is not in 创新平台,
	 * nor 杭州 in 杭州湾.
	 */
	private record Form(Known entity, int rank, boolean bare) {
	}

	private final Map<String, Form> forms = new HashMap<>();

	/**
	 * Forms that name two places of one level: linked to one only where the text's other
	 * places say which (白云区 in a text about 贵阳), else to none.
	 */
	private final Map<String, List<Form>> ambiguous = new HashMap<>();

	/** A division's code in its id: county-520113. */
	private static final java.util.regex.Pattern DIVISION_CODE = java.util.regex.Pattern
		.compile("(?:prov|city|county)-(\\d{6})");

	private static final List<String> LEVELS = List.of("Country", "Province", "City", "County");

	private int longest = 0;

	Gazetteer(List<Known> entities) {
		this(entities, List.of());
	}

	/**
	 * The dictionary of the graph's entities, and of places the rules know by name (the
	 * provinces), which count only where no entity of the graph has the same form.
	 */
	Gazetteer(List<Known> entities, List<Known> background) {
		for (var entity : background) {
			var stripped = entity.name().replaceFirst("(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$", "");
			add(entity.name(), entity, BACKGROUND, false);
			add(stripped, entity, BACKGROUND, !stripped.equals(entity.name()));
			entity.aliases().forEach(alias -> add(alias, entity, BACKGROUND, true));
		}
		for (var entity : entities) {
			var names = new ArrayList<String>();
			names.add(entity.name());
			if (entity.zhHant() != null) {
				names.add(entity.zhHant());
			}
			names.addAll(entity.aliases());
			int fullNames = names.size() - entity.aliases().size();
			int rank = 0;
			for (var name : names) {
				if (name.codePoints().anyMatch(ChineseCharacters::isHan)) {
					boolean place = Vocabulary.ADMINISTRATIVE.contains(entity.kind());
					add(NormalisedText.of(name).text(), entity, rank, place && rank >= fullNames);
					var normalised = NormalisedText.of(name).text();
					if (entity.kind().equals("HighTechZone") && normalised.endsWith("高新区")
							&& !normalised.endsWith("国家高新区")) {
						// 杭州高新区 is written 杭州国家高新区 too; 厦门火炬高新区, 厦门国家火炬高新区.
						add(normalised.replaceFirst("高新区$", "国家高新区"), entity, rank, false);
						if (normalised.length() > 5 && !normalised.contains("国家")) {
							add(normalised.substring(0, 2) + "国家" + normalised.substring(2), entity, rank, false);
						}
					}
					if (place) {
						var stripped = name.replaceFirst("[省市县縣区區]$", "");
						if (stripped.length() >= 2 && !stripped.equals(name)) {
							add(NormalisedText.of(stripped).text(), entity, rank, true);
						}
					}
				}
				rank++;
			}
		}
	}

	private void add(String form, Known entity, int rank, boolean bare) {
		// One character and a suffix (新县, 城区) is a word of ordinary prose more often
		// than the county's name.
		if (form.length() < 2 || (form.length() == 2 && "县縣区區市旗".indexOf(form.charAt(1)) >= 0)) {
			return;
		}
		var alike = this.ambiguous.get(form);
		if (alike != null) {
			if (isPlace(entity) && alike.stream().noneMatch(f -> f.entity().id().equals(entity.id()))
					&& LEVELS.indexOf(entity.kind()) == LEVELS.indexOf(alike.getFirst().entity().kind())) {
				alike.add(new Form(entity, rank, bare));
			}
			return;
		}
		var existing = this.forms.get(form);
		if (existing != null && rank == existing.rank() && isPlace(entity) && isPlace(existing.entity())
				&& !existing.entity().id().equals(entity.id())) {
			// Two places of one name: the higher level is the one meant (吉林 is the
			// province before the city); between equals the text does not say, and a
			// wrong link is worse than none.
			int level = LEVELS.indexOf(entity.kind());
			int existingLevel = LEVELS.indexOf(existing.entity().kind());
			if (level < existingLevel) {
				this.forms.put(form, new Form(entity, rank, bare));
			}
			else if (level == existingLevel) {
				this.forms.remove(form);
				this.ambiguous.put(form, new ArrayList<>(List.of(existing, new Form(entity, rank, bare))));
			}
			return;
		}
		// A form shared by several entities goes to its best-ranked use; on a tie, to a
		// place, since a short name such as 杭州 is first of all the city; but a zone's
		// name
		// (长春高新技术产业开发区, also a county-level division of the statistics) to the zone.
		boolean zoneName = form.endsWith("开发区") || form.endsWith("高新区");
		if (existing == null || rank < existing.rank()
				|| (rank == existing.rank() && zoneName && entity.kind().equals("HighTechZone"))
				|| (rank == existing.rank() && !(zoneName && existing.entity().kind().equals("HighTechZone"))
						&& Vocabulary.ADMINISTRATIVE.contains(entity.kind())
						&& !Vocabulary.ADMINISTRATIVE.contains(existing.entity().kind()))) {
			this.forms.put(form, new Form(entity, rank, bare));
		}
		this.longest = Math.max(this.longest, form.length());
	}

	static boolean isPlace(Known entity) {
		return Vocabulary.ADMINISTRATIVE.contains(entity.kind());
	}

	int size() {
		return this.forms.size();
	}

	/** The entity whose name form is exactly this text (normalised), if any. */
	Optional<Known> exactly(String normalised) {
		return Optional.ofNullable(this.forms.get(normalised)).map(Form::entity);
	}

	/**
	 * Every mention in the normalised text, longest first and without overlaps; a place's
	 * short form only where it begins and ends on the boundaries of the text's words.
	 */
	List<Mention> mentions(String text) {
		var mentions = new ArrayList<Mention>();
		var unresolved = new ArrayList<Mention>();
		BitSet boundaries = null;
		int i = 0;
		while (i < text.length()) {
			Mention found = null;
			for (int length = Math.min(this.longest, text.length() - i); length >= 2; length--) {
				var alike = this.ambiguous.get(text.substring(i, i + length));
				if (alike != null) {
					boundaries = (boundaries != null) ? boundaries : WordBoundaries.of(text);
					if (boundaries.get(i) && boundaries.get(i + length)) {
						// Which one the text means is known once all its places are.
						found = new Mention(alike.getFirst().entity(), i, i + length);
						unresolved.add(found);
						break;
					}
					continue;
				}
				var form = this.forms.get(text.substring(i, i + length));
				if (form != null && form.bare()) {
					boundaries = (boundaries != null) ? boundaries : WordBoundaries.of(text);
					if (!boundaries.get(i) || !boundaries.get(i + length)
							|| WordBoundaries.isOrdinaryWord(text.substring(i, i + length))
							|| WordBoundaries.cutsAWord(text, i, i + length)) {
						continue;
					}
				}
				if (form != null && length == 2) {
					// 其中国家级: a two-character name across the text's words (其中|国家级)
					// is none.
					boundaries = (boundaries != null) ? boundaries : WordBoundaries.of(text);
					if (!boundaries.get(i) || !boundaries.get(i + length)) {
						continue;
					}
				}
				if (form != null) {
					found = new Mention(form.entity(), i, i + length);
					break;
				}
			}
			if (found != null) {
				mentions.add(found);
				i = found.end();
			}
			else {
				i++;
			}
		}
		if (!unresolved.isEmpty()) {
			resolve(text, mentions, unresolved);
		}
		return mentions;
	}

	/**
	 * Links each mention of a form that names several places to the one under a city the
	 * text names (else under a province it names), when exactly one is; drops the others.
	 */
	private void resolve(String text, List<Mention> mentions, List<Mention> unresolved) {
		var cities = new java.util.HashSet<String>();
		var provinces = new java.util.HashSet<String>();
		for (var m : mentions) {
			var code = DIVISION_CODE.matcher(m.entity().id());
			if (!unresolved.contains(m) && code.matches()) {
				if (!m.entity().kind().equals("Province")) {
					cities.add(code.group(1).substring(0, 4));
				}
				provinces.add(code.group(1).substring(0, 2));
			}
		}
		for (var m : unresolved) {
			var alike = this.ambiguous.get(text.substring(m.start(), m.end()));
			var meant = only(alike, cities, 4);
			if (meant == null) {
				meant = only(alike, provinces, 2);
			}
			int at = mentions.indexOf(m);
			if (meant != null) {
				mentions.set(at, new Mention(meant, m.start(), m.end()));
			}
			else {
				mentions.remove(at);
			}
		}
	}

	private static @Nullable Known only(List<Form> alike, java.util.Set<String> prefixes, int length) {
		Known meant = null;
		for (var form : alike) {
			var code = DIVISION_CODE.matcher(form.entity().id());
			if (code.matches() && prefixes.contains(code.group(1).substring(0, length))) {
				if (meant != null) {
					return null;
				}
				meant = form.entity();
			}
		}
		return meant;
	}

}
