package org.innograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;

import org.innograph.ingest.IngestConsole;

/**
 * The command line of ingestion (the work is {@link IngestConsole}'s):
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
final class IngestCommand {

	private IngestCommand() {
	}

	/**
	 * Runs the command ({@code ingest} or {@code import}) in {@code application} and
	 * returns the exit code.
	 */
	static int run(Class<?> application, String command, String[] args) {
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
		try (var context = Commands.withoutWebServer(application).run(settings.toArray(String[]::new))) {
			var console = new IngestConsole(context, System.out, err);
			if (command.equals("import")) {
				return console.importCurated(inputs);
			}
			if (proposal != null) {
				return console.loadReviewed(Path.of(proposal));
			}
			if (gold != null) {
				return console.evaluate(inputs, Path.of(gold));
			}
			return console.ingest(inputs, dryRun, json, started);
		}
		catch (Exception ex) {
			err.println(command + " failed: " + ex.getMessage());
			return 1;
		}
	}

}
