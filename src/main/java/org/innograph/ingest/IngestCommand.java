package org.innograph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.innograph.InnographApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command line:
 * <ul>
 * <li>{@code ingest FILE|DIR|- ... [--dry-run] [--json]}: read articles (a directory's
 * {@code .txt} files; {@code -} for standard input), propose and load them, with a line
 * of progress for each and a summary at the end; {@code --dry-run} only proposes and
 * prints the readable report, or with {@code --json} the proposal as JSON;</li>
 * <li>{@code ingest --proposal PROPOSAL.json}: load a proposal a person has
 * reviewed;</li>
 * <li>{@code ingest FILE|DIR ... --evaluate GOLD.json|GOLD_DIR}: propose only, and print
 * a table of precision and recall, strict and lenient, against each article's gold
 * manifest (for a directory, the manifest named as the article), with the micro-average,
 * then what each article got wrong;</li>
 * <li>{@code import FILE.json|FILE.yaml|FILE.csv}: bulk import of curated facts in the
 * seed's format.</li>
 * </ul>
 * Any {@code --name=value} is a setting of the service, e.g.
 * {@code --innograph.store.data-dir=...}. Progress goes to standard error, so that
 * standard output holds only the report or the JSON.
 */
public final class IngestCommand {

	private IngestCommand() {
	}

	/** Runs the command ({@code ingest} or {@code import}) and returns the exit code. */
	public static int run(String command, String[] args) {
		var inputs = new ArrayList<String>();
		var settings = new ArrayList<String>();
		boolean dryRun = false;
		boolean json = false;
		String proposal = null;
		String gold = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--dry-run" -> dryRun = true;
				case "--json" -> json = true;
				case "--proposal" -> proposal = (i + 1 < args.length) ? args[++i] : null;
				case "--evaluate" -> gold = (i + 1 < args.length) ? args[++i] : null;
				default -> {
					if (args[i].startsWith("--") && args[i].contains("=")) {
						settings.add(args[i]);
					}
					else {
						inputs.add(args[i]);
					}
				}
			}
		}
		var out = System.out;
		var err = System.err;
		if (inputs.isEmpty() && proposal == null) {
			err.println("""
					Usage: ingest FILE|DIR|- ... [--dry-run] [--json]
					       ingest --proposal PROPOSAL.json
					       ingest FILE|DIR ... --evaluate GOLD.json|GOLD_DIR
					       import FILE.json|FILE.yaml|FILE.csv""");
			return 2;
		}
		settings.add("--spring.main.banner-mode=off");
		settings.add("--spring.main.log-startup-info=false");
		settings.add("--logging.threshold.console=" + (json ? "OFF" : "ERROR"));
		long started = System.nanoTime();
		try (var context = new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run(settings.toArray(String[]::new))) {
			var ingestion = context.getBean(Ingestion.class);
			if (command.equals("import")) {
				return importCurated(ingestion, inputs, out, err);
			}
			if (proposal != null) {
				var result = ingestion.load(ProposalJson.read(Files.readString(Path.of(proposal))), true);
				out.println(summary(result));
				printWarnings(err, 1, 1, result.warnings());
				return 0;
			}
			var files = expand(inputs);
			if (gold != null) {
				return evaluate(ingestion, files, Path.of(gold), out, err);
			}
			int failed = 0;
			int facts = 0;
			int created = 0;
			var proposals = new ArrayList<Proposal>();
			for (int i = 0; i < files.size(); i++) {
				var file = files.get(i);
				long t0 = System.nanoTime();
				try {
					var bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
					if (dryRun) {
						var p = ingestion.propose(bytes);
						proposals.add(p);
						if (!json) {
							out.println(ProposalReport.of(p));
						}
						facts += p.facts().size();
						err.printf("[%d/%d] %s: %d facts proposed, %d new (%d ms)%n", i + 1, files.size(), file,
								p.facts().size(), p.facts().stream().filter(f -> "NEW".equals(f.loadStatus())).count(),
								(System.nanoTime() - t0) / 1_000_000);
						printWarnings(err, i + 1, files.size(), p.warnings());
					}
					else {
						var p = ingestion.propose(bytes);
						err.printf("[%d/%d] %s: writing %d facts%n", i + 1, files.size(), file, p.facts().size());
						var result = ingestion.load(p, true);
						facts += result.facts();
						created += result.factsCreated();
						if (json) {
							out.println(ProposalJson.write(result));
						}
						err.printf("[%d/%d] %s: %s (%d ms)%n", i + 1, files.size(), file, summary(result),
								(System.nanoTime() - t0) / 1_000_000);
						printWarnings(err, i + 1, files.size(), result.warnings());
					}
				}
				catch (IngestRefused refused) {
					failed++;
					err.printf("[%d/%d] %s: refused (%s): %s%n", i + 1, files.size(), file, refused.problem(),
							refused.getMessage());
				}
				catch (IOException ex) {
					failed++;
					err.printf("[%d/%d] %s: cannot be read: %s%n", i + 1, files.size(), file, ex.getMessage());
				}
			}
			if (json && dryRun) {
				out.println(ProposalJson.write((proposals.size() == 1) ? proposals.getFirst() : proposals));
			}
			err.printf("%d documents, %d refused; %d facts%s in %.1f s%n", files.size(), failed, facts,
					dryRun ? " proposed, nothing written" : ", %d of them new".formatted(created),
					(System.nanoTime() - started) / 1e9);
			return (failed == 0) ? 0 : 1;
		}
		catch (IngestRefused refused) {
			err.printf("%s refused (%s): %s%n", command, refused.problem(), refused.getMessage());
			return 1;
		}
		catch (Exception ex) {
			err.println(command + " failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Scores each article against its gold manifest: the one named, or for a directory of
	 * manifests the one whose name is the article's (A01.txt and A01.json); prints the
	 * table, then what each article got wrong.
	 */
	private static int evaluate(Ingestion ingestion, List<String> files, Path gold, PrintStream out, PrintStream err)
			throws IOException {
		var manifests = new java.util.TreeMap<String, Path>();
		if (Files.isDirectory(gold)) {
			try (Stream<Path> walk = Files.walk(gold)) {
				walk.filter(p -> p.toString().endsWith(".json")).forEach(p -> manifests.put(baseName(p), p));
			}
		}
		var scores = new ArrayList<Evaluation.Score>();
		var details = new StringBuilder();
		int unpaired = 0;
		var dictionary = ingestion.gazetteer();
		for (int i = 0; i < files.size(); i++) {
			var file = Path.of(files.get(i));
			var manifest = Files.isDirectory(gold) ? manifests.get(baseName(file)) : gold;
			if (manifest == null) {
				err.printf("[%d/%d] %s: no gold manifest %s.json under %s%n", i + 1, files.size(), file, baseName(file),
						gold);
				unpaired++;
				continue;
			}
			long t0 = System.nanoTime();
			try {
				var goldFile = ProposalJson.read(Files.readString(manifest), Evaluation.Gold.class);
				// The page's date, as a crawler would know it, for texts that do not
				// state theirs.
				var proposal = ingestion.propose(Files.readAllBytes(file), goldFile.publishedAt());
				var score = Evaluation.score(baseName(file), proposal, goldFile, dictionary);
				scores.add(score);
				details.append(score.details(Evaluation.names(proposal)));
				err.printf("[%d/%d] %s: %d facts proposed, %d of %d gold facts found (%d ms)%n", i + 1, files.size(),
						file, score.proposed(), score.foundStrict(), score.goldFacts(),
						(System.nanoTime() - t0) / 1_000_000);
			}
			catch (IngestRefused refused) {
				err.printf("[%d/%d] %s: refused (%s): %s%n", i + 1, files.size(), file, refused.problem(),
						refused.getMessage());
				unpaired++;
			}
		}
		out.print(Evaluation.table(scores));
		out.println();
		out.print(details);
		return (unpaired == 0) ? 0 : 1;
	}

	private static void printWarnings(PrintStream err, int index, int total, List<String> warnings) {
		warnings.forEach(w -> err.printf("[%d/%d]   warning: %s%n", index, total, w));
	}

	private static String baseName(Path path) {
		var name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static int importCurated(Ingestion ingestion, List<String> inputs, PrintStream out, PrintStream err) {
		for (var input : inputs) {
			var curated = CuratedFiles.read(Path.of(input));
			var result = ingestion.importCurated(curated.file(), curated.texts());
			out.printf("%s: %d facts, %d new, %d already there; %d entities new%n", input, result.facts(),
					result.factsCreated(), result.factsPresent(), result.entitiesCreated());
		}
		return 0;
	}

	private static String summary(LoadResult result) {
		return "document %s%s: %d facts, %d new, %d already there; %d new entities".formatted(result.documentId(),
				result.documentCreated() ? " (new)" : "", result.facts(), result.factsCreated(), result.factsPresent(),
				result.entitiesCreated());
	}

	private static List<String> expand(List<String> inputs) throws IOException {
		var files = new ArrayList<String>();
		for (var input : inputs) {
			var path = Path.of(input);
			if (!input.equals("-") && Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
				}
			}
			else {
				files.add(input);
			}
		}
		return files;
	}

}
