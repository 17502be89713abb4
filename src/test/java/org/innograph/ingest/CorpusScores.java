package org.innograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a directory of articles against a directory of gold manifests without a store,
 * with the seed's dictionary: what {@code ingest DIR --evaluate GOLD_DIR} prints, in a
 * second instead of a start of the service. Run it from the project's folder with the
 * test classpath: {@code CorpusScores TEXTS_DIR GOLD_DIR [--details]}.
 */
final class CorpusScores {

	private CorpusScores() {
	}

	static List<Evaluation.Score> score(Path texts, Path gold, StringBuilder details) throws IOException {
		var pipeline = new ArticlePipeline(ExtractionTests.RULES, 1 << 21);
		var gazetteer = SeedGazetteer.withDivisions();
		var json = JsonMapper.builder().build();
		var scores = new ArrayList<Evaluation.Score>();
		List<Path> manifests;
		try (Stream<Path> walk = Files.walk(gold)) {
			manifests = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		for (var manifest : manifests) {
			var id = manifest.getFileName().toString().replaceFirst("\\.json$", "");
			Path text;
			try (Stream<Path> walk = Files.walk(texts)) {
				text = walk.filter(p -> p.getFileName().toString().equals(id + ".txt")).findFirst().orElse(null);
			}
			if (text == null) {
				continue;
			}
			var manifestGold = json.readValue(Files.readString(manifest), Evaluation.Gold.class);
			var proposal = pipeline.propose(Files.readAllBytes(text), gazetteer, manifestGold.publishedAt());
			var score = Evaluation.score(id, proposal, manifestGold, gazetteer);
			scores.add(score);
			details.append(score.details(Evaluation.names(proposal)));
		}
		return scores;
	}

	public static void main(String[] args) throws IOException {
		if (args[0].equals("--report")) {
			var proposal = new ArticlePipeline(ExtractionTests.RULES, 1 << 21).propose(
					Files.readAllBytes(Path.of(args[1])), SeedGazetteer.withDivisions(),
					(args.length > 2) ? args[2] : null);
			System.out.println(ProposalReport.of(proposal));
			System.out.println(proposal.document().text());
			return;
		}
		var details = new StringBuilder();
		var scores = score(Path.of(args[0]), Path.of(args[1]), details);
		System.out.print(EvaluationReport.table(scores));
		if (args.length > 2) {
			System.out.println();
			System.out.print(details);
		}
	}

}
