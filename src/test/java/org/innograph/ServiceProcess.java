package org.innograph;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own, as a user runs it, with this JVM's class path and
 * the flags Neo4j needs: for tests that kill it with SIGKILL.
 */
public final class ServiceProcess {

	private ServiceProcess() {
	}

	/** Starts the application with these arguments, its output going to {@code log}. */
	public static Process start(List<String> arguments, Path log) throws IOException {
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(a -> a.startsWith("--add-opens") || a.startsWith("--enable-native-access"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), InnographApplication.class.getName()));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
