package org.innograph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;

/**
 * What the {@code ingest} and {@code import} commands do in the started service: read
 * articles, propose and load them with a line of progress for each and a summary at the
 * end, load a proposal a person has reviewed, score proposals against gold manifests, and
 * import curated files. Progress goes to {@code err}, so that {@code out} holds only the
 * report or the JSON. A document the rules refuse is reported, and the exit code says so.
 */
public final class IngestConsole {

	private final Ingestion ingestion;

	private final PrintStream out;

	private final PrintStream err;

	/** The console of the ingestion that {@code context} runs. */
	public IngestConsole(ApplicationContext context, PrintStream out, PrintStream err) {
		this.ingestion = context.getBean(Ingestion.class);
		this.out = out;
		this.err = err;
	}

	/**
	 * {@code import}: bulk import of curated facts in the seed's format, from JSON, YAML
	 * or CSV files; returns the exit code.
	 */
	public int importCurated(List<String> inputs) {
		try {
			for (var input : inputs) {
				var curated = CuratedFiles.read(Path.of(input));
				var result = this.ingestion.importCurated(curated.file(), curated.texts());
				this.out.printf("%s: %d facts, %d new, %d already there; %d entities new%n", input, result.facts(),
						result.factsCreated(), result.factsPresent(), result.entitiesCreated());
			}
			return 0;
		}
		catch (IngestRefused refused) {
			return refused("import", refused);
		}
	}

	/** {@code ingest --proposal}: loads a proposal a person has reviewed. */
	public int loadReviewed(Path proposal) throws IOException {
		try {
			var result = this.ingestion.load(ProposalJson.read(Files.readString(proposal)), true);
			this.out.println(summary(result));
			printWarnings(this.err, 1, 1, result.warnings());
			return 0;
		}
		catch (IngestRefused refused) {
			return refused("ingest", refused);
		}
	}

	/**
	 * {@code ingest}: reads articles (a directory's {@code .txt} files; {@code -} for
	 * standard input), proposes and loads them, with a line of progress for each and a
	 * summary at the end; a dry run only proposes and prints the readable report, or with
	 * {@code json} the proposal as JSON. Returns the exit code: 1 when a document was
	 * refused or could not be read.
	 * @param started when the command started, for the summary's time
	 */
	public int ingest(List<String> inputs, boolean dryRun, boolean json, long started) throws IOException {
		try {
			return ingestFiles(expand(inputs), dryRun, json, started);
		}
		catch (IngestRefused refused) {
			return refused("ingest", refused);
		}
	}

	/**
	 * {@code ingest --evaluate}: proposes only, and prints a table of precision and
	 * recall, strict and lenient, against each article's gold manifest (for a directory,
	 * the manifest named as the article), with the micro-average, then what each article
	 * got wrong.
	 */
	public int evaluate(List<String> inputs, Path gold) throws IOException {
		try {
			return evaluate(this.ingestion, expand(inputs), gold, this.out, this.err);
		}
		catch (IngestRefused refused) {
			return refused("ingest", refused);
		}
	}

	private int refused(String command, IngestRefused refused) {
		this.err.printf("%s refused (%s): %s%n", command, refused.problem(), refused.getMessage());
		return 1;
	}

	private int ingestFiles(List<String> files, boolean dryRun, boolean json, long started) {
		var out = this.out;
		var err = this.err;
		var ingestion = this.ingestion;
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
		out.print(EvaluationReport.table(scores));
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
