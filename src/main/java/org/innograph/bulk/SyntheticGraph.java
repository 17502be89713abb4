package org.innograph.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.innograph.bulk.Skeleton.Entity;

import static org.innograph.bulk.FactKinds.CITY_LIST;
import static org.innograph.bulk.FactKinds.PROVINCE_LIST;
import static org.innograph.bulk.FactKinds.ZONE_LIST;

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
 * <p>
 * The parts: {@link Skeleton} draws the entities, {@link Rankings} ranks them,
 * {@link EntityChunks} and {@link FactChunks} turn them into the rows of each chunk
 * ({@link ChunkRows}), of the kinds {@link FactKinds} lists.
 */
final class SyntheticGraph {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2025;

	private final Skeleton skeleton;

	private final EntityChunks entityChunks;

	private final FactChunks factChunks;

	SyntheticGraph(long seed, double scale) {
		this(seed, scale, false);
	}

	SyntheticGraph(long seed, double scale, boolean realPlaces) {
		if (scale <= 0 || scale > 100) {
			throw new IllegalArgumentException("scale must be above 0 and at most 100, was " + scale);
		}
		this.skeleton = new Skeleton(seed, scale, realPlaces);
		var rankings = new Rankings(seed);
		rankings.rank(ZONE_LIST, nationalZones());
		rankings.rank(CITY_LIST, cities());
		rankings.rank(PROVINCE_LIST, this.skeleton.provinces.stream().map(g -> g.entity).toList());
		this.entityChunks = new EntityChunks(this.skeleton, rankings.texts());
		this.factChunks = new FactChunks(seed, this.skeleton, rankings.texts());
	}

	/** The chunks in load order: national, then entities by province, then facts. */
	List<Supplier<Chunk>> chunks() {
		var chunks = new ArrayList<Supplier<Chunk>>();
		chunks.add(this.entityChunks::nationalChunk);
		for (var g : this.skeleton.provinces) {
			chunks.add(() -> this.entityChunks.entityChunk(g));
		}
		for (var g : this.skeleton.provinces) {
			int parts = Math.max(1, (g.cities.size() + 9) / 10);
			for (int part = 0; part < parts; part++) {
				int from = part * 10;
				int to = Math.min(g.cities.size(), from + 10);
				int index = part;
				chunks.add(() -> this.factChunks.factChunk(g, from, to, index));
			}
		}
		return chunks;
	}

	/** The number of chunks of each phase: national, entities, facts. */
	int[] phases() {
		int facts = 0;
		for (var g : this.skeleton.provinces) {
			facts += Math.max(1, (g.cities.size() + 9) / 10);
		}
		return new int[] { 1, this.skeleton.provinces.size(), facts };
	}

	/** Lookup targets for a benchmark: names and ids that exist at any scale. */
	List<Entity> cities() {
		return this.skeleton.allOf(g -> g.cities);
	}

	List<Entity> nationalZones() {
		return this.skeleton.allOf(g -> g.zones).stream().filter(z -> "NATIONAL".equals(z.level)).toList();
	}

}
