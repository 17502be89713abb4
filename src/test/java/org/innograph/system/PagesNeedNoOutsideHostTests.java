package org.innograph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the service serves loads its code and styles from the service: no address of
 * another host appears in them but XML namespaces, which name and load nothing.
 */
class PagesNeedNoOutsideHostTests {

	static final Path STATIC = Path.of("src/main/resources/static");

	static final Pattern ADDRESS = Pattern.compile("(?:https?:)?//([a-z0-9.-]+\\.[a-z]{2,})[/\"']",
			Pattern.CASE_INSENSITIVE);

	static final Set<String> NAMESPACES = Set.of("www.w3.org", "graphml.graphdrawing.org");

	@Test
	void noPageOrScriptNamesAnotherHost() throws IOException {
		try (Stream<Path> files = Files.walk(STATIC)) {
			var pages = files.filter(Files::isRegularFile)
				.filter(f -> f.toString().matches(".*\\.(html|js|mjs|css)$"))
				.toList();
			assertThat(pages).contains(STATIC.resolve("graphiql/index.html"), STATIC.resolve("index.html"));
			for (var page : pages) {
				var matcher = ADDRESS.matcher(Files.readString(page));
				while (matcher.find()) {
					assertThat(matcher.group(1)).as("a host named in %s", page).isIn(NAMESPACES);
				}
			}
		}
	}

}
