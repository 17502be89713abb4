package org.innograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.innograph.backup.GraphBackup;

/**
 * {@code java -jar innograph.jar backup FILE} and {@code restore FILE [--force]}: the
 * service's own store (embedded, or the one {@code SPRING_NEO4J_URI} names) without the
 * web server. Neither loads the seed or the reference data, so that a backup copies the
 * store as it is and a restore finds it empty. {@code --force} lets a restore clear what
 * an unfinished restore left, and only that.
 */
final class BackupCommand {

	private BackupCommand() {
	}

	/**
	 * Runs the command in {@code application} and returns the process's exit code.
	 * @param options {@code --force}, and further settings, e.g.
	 * {@code --innograph.store.data-dir=...}
	 */
	static int run(Class<?> application, String command, Path file, String... options) {
		var restore = command.equals("restore");
		var force = false;
		var arguments = new ArrayList<String>();
		for (var option : options) {
			if (option.equals("--force")) {
				force = true;
			}
			else {
				arguments.add(option);
			}
		}
		if (force && !restore) {
			System.err.println(command + " failed: --force is an option of restore only");
			return 1;
		}
		defaultTo(arguments, "innograph.seed.enabled", "false");
		defaultTo(arguments, "innograph.reference.enabled", "false");
		if (restore) {
			// The restore checks for an unfinished restore itself, and clears it when
			// forced.
			arguments.add("--innograph.backup.refuse-unfinished-restore=false");
		}
		try (var context = Commands.withoutWebServer(application).run(arguments.toArray(String[]::new))) {
			var backup = context.getBean(GraphBackup.class);
			var counts = restore ? backup.restore(file, force) : backup.backup(file);
			System.out.printf("%s %s: %d nodes, %d relationships%n", restore ? "Restored from" : "Backed up to", file,
					counts.nodes(), counts.relationships());
			return 0;
		}
		catch (Exception ex) {
			System.err.println(command + " failed: " + messages(ex));
			return 1;
		}
	}

	/** Adds a setting unless the options give it (a setting given twice is an error). */
	private static void defaultTo(List<String> arguments, String name, String value) {
		if (arguments.stream().noneMatch(a -> a.startsWith("--" + name + "="))) {
			arguments.add("--" + name + "=" + value);
		}
	}

	/** The exception's message and its causes', which say what a failed start met. */
	private static String messages(Throwable ex) {
		var text = new StringBuilder(String.valueOf(ex.getMessage()));
		for (var cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			text.append(": ").append(cause.getMessage());
		}
		return text.toString();
	}

}
