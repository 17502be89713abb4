package org.innograph.cli;

import java.util.ArrayList;

import org.innograph.bulk.SyntheticLoad;

/**
 * {@code java -jar innograph.jar generate [--scale=1] [--seed=42] [--threads=2]
 * [--writer=import|embedded|cypher] [--places=invented|real]}: generates the synthetic
 * national graph and bulk-loads it into the service's store without the web server (see
 * {@link SyntheticLoad}). Running it again with the same scale and seed writes nothing.
 * Other options are the service's settings, e.g. {@code --innograph.store.data-dir=...};
 * the curated seed is not loaded unless {@code --innograph.seed.enabled=true} is given.
 */
final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Runs the command in {@code application} and returns the process's exit code. */
	static int run(Class<?> application, String... args) {
		double scale = 1;
		long seed = 42;
		int threads = 2;
		var writer = SyntheticLoad.Writer.AUTO;
		boolean realPlaces = false;
		var options = new ArrayList<String>();
		options.add("--innograph.seed.enabled=false");
		// Not during the load: the importer needs an empty store. With real places the
		// divisions are laid over the generated ones, by code, when the service next
		// starts.
		options.add("--innograph.reference.enabled=false");
		for (var arg : args) {
			if (arg.startsWith("--scale=")) {
				scale = Double.parseDouble(arg.substring(8));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring(7));
			}
			else if (arg.startsWith("--threads=")) {
				threads = Integer.parseInt(arg.substring(10));
			}
			else if (arg.startsWith("--places=")) {
				realPlaces = switch (arg.substring(9)) {
					case "real" -> true;
					case "invented" -> false;
					default -> throw new IllegalArgumentException(
							"--places must be invented or real, was " + arg.substring(9));
				};
			}
			else if (arg.startsWith("--writer=")) {
				writer = switch (arg.substring(9)) {
					case "import" -> SyntheticLoad.Writer.IMPORT;
					case "embedded" -> SyntheticLoad.Writer.EMBEDDED;
					case "cypher" -> SyntheticLoad.Writer.CYPHER;
					default -> throw new IllegalArgumentException(
							"--writer must be import, embedded or cypher, was " + arg.substring(9));
				};
			}
			else {
				options.add(arg);
			}
		}
		var load = new SyntheticLoad(scale, seed, realPlaces, threads, writer);
		var service = Commands.withoutWebServer(application).logStartupInfo(false);
		load.prepare(service);
		try (var context = service.run(options.toArray(String[]::new))) {
			return load.into(context);
		}
		catch (Exception ex) {
			System.err.println("generate failed: " + ex);
			return 1;
		}
	}

}
