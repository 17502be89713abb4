package org.innograph.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The commands besides the service: {@code backup FILE} and {@code restore FILE},
 * {@code ingest ...} and {@code import ...}, {@code generate ...}. Each runs the
 * application it is given without its web server: the application's {@code main()} calls
 * this, and nothing here calls the application back.
 */
public final class Commands {

	private Commands() {
	}

	/**
	 * Runs the command that {@code args} name in {@code application}, the Spring Boot
	 * application class, and returns its exit code; empty when they name none, and are
	 * the service's own arguments.
	 */
	public static OptionalInt run(Class<?> application, String... args) {
		if (args.length >= 2 && (args[0].equals("backup") || args[0].equals("restore"))) {
			return OptionalInt.of(BackupCommand.run(application, args[0], Path.of(args[1]),
					Arrays.copyOfRange(args, 2, args.length)));
		}
		if (args.length >= 1 && (args[0].equals("ingest") || args[0].equals("import"))) {
			return OptionalInt.of(IngestCommand.run(application, args[0], Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length >= 1 && args[0].equals("generate")) {
			return OptionalInt.of(GenerateCommand.run(application, Arrays.copyOfRange(args, 1, args.length)));
		}
		return OptionalInt.empty();
	}

	/** The application without its web server, as every command runs it. */
	static SpringApplicationBuilder withoutWebServer(Class<?> application) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE);
	}

}
