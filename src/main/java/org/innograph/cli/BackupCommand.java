package org.innograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.innograph.backup.GraphBackup;

/**
 * {@code java -jar innograph.jar backup FILE} and {@code restore FILE}: the service's own
 * store (embedded, or the one {@code SPRING_NEO4J_URI} names) without the web server. A
 * restore starts without loading the seed, since it needs an empty store.
 */
final class BackupCommand {

	private BackupCommand() {
	}

	/**
	 * Runs the command in {@code application} and returns the process's exit code.
	 * @param options further settings, e.g. {@code --innograph.store.data-dir=...}
	 */
	static int run(Class<?> application, String command, Path file, String... options) {
		var restore = command.equals("restore");
		var arguments = new ArrayList<>(List.of(options));
		arguments.add("--innograph.seed.enabled=" + !restore);
		arguments.add("--innograph.reference.enabled=" + !restore);
		try (var context = Commands.withoutWebServer(application).run(arguments.toArray(String[]::new))) {
			var backup = context.getBean(GraphBackup.class);
			var counts = restore ? backup.restore(file) : backup.backup(file);
			System.out.printf("%s %s: %d nodes, %d relationships%n", restore ? "Restored from" : "Backed up to", file,
					counts.nodes(), counts.relationships());
			return 0;
		}
		catch (Exception ex) {
			System.err.println(command + " failed: " + ex.getMessage());
			return 1;
		}
	}

}
