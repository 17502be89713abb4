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
 * <li>{@code ingest FILE --evaluate GOLD.json}: propose only, and print precision and
 * recall against a gold file;</li>
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
					       ingest FILE --evaluate GOLD.json
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
				return 0;
			}
			var files = expand(inputs);
			int failed = 0;
			int facts = 0;
			int created = 0;
			var proposals = new ArrayList<Proposal>();
			for (int i = 0; i < files.size(); i++) {
				var file = files.get(i);
				long t0 = System.nanoTime();
				try {
					var bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
					if (gold != null) {
						var p = ingestion.propose(bytes);
						var score = Evaluation.score(p,
								ProposalJson.read(Files.readString(Path.of(gold)), Evaluation.Gold.class));
						out.printf("%s against %s, %d ms:%n%s", file, gold, (System.nanoTime() - t0) / 1_000_000,
								score.report());
						continue;
					}
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
			if (gold == null) {
				err.printf("%d documents, %d refused; %d facts%s in %.1f s%n", files.size(), failed, facts,
						dryRun ? " proposed, nothing written" : ", %d of them new".formatted(created),
						(System.nanoTime() - started) / 1e9);
			}
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
