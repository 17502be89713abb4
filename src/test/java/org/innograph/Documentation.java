package org.innograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documentation a reader of the repository sees: README.md, and the Markdown files of
 * docs/ that it leads to.
 */
final class Documentation {

	static final Path README = Path.of("README.md");

	private static final Path DOCS = Path.of("docs");

	private Documentation() {
	}

	/** README.md first, then docs/*.md by name. */
	static List<Path> files() {
		var files = new ArrayList<Path>(List.of(README));
		if (Files.isDirectory(DOCS)) {
			try (Stream<Path> docs = Files.list(DOCS)) {
				docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
