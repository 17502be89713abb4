package org.innograph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link and image of README.md and docs/*.md leads to a file or directory
 * of the repository, and every anchor to a heading of the page it names, so that moving
 * text between them breaks nothing a reader follows.
 */
class DocsLinksTests {

	/** A link or an image: its target, up to a space (a title) or the closing bracket. */
	private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");

	private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^ *```.*?^ *```[ \\t]*$");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t#]*$");

	/** A URL with a scheme (https:, mailto:), which this test does not follow. */
	private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.innograph.Documentation#files")
	void everyRelativeLinkLeadsToAFileAndEveryAnchorToAHeading(Path document) {
		var broken = new ArrayList<String>();
		var links = LINK.matcher(withoutCodeBlocks(Documentation.read(document)));
		while (links.find()) {
			var target = links.group(1);
			if (EXTERNAL.matcher(target).find()) {
				continue;
			}
			int hash = target.indexOf('#');
			var file = (hash < 0) ? target : target.substring(0, hash);
			var resolved = file.isEmpty() ? document : document.resolveSibling(file).normalize();
			if (!Files.exists(resolved)) {
				broken.add(target + ": no such file");
			}
			else if (hash >= 0 && resolved.toString().endsWith(".md")
					&& !anchors(Documentation.read(resolved)).contains(target.substring(hash + 1))) {
				broken.add(target + ": no such heading");
			}
		}
		assertThat(broken).as("broken links in %s", document).isEmpty();
	}

	@Test
	void anAnchorIsTheHeadingAsGitHubWritesIt() {
		assertThat(anchors("""
				# Innograph
				## How well it extracts (measured 2026-12-03 and 2026-12-04)
				### Benchmark: Innograph against hand-written Cypher and @neo4j/graphql
				## Reading ahead, and why
				```bash
				# a comment, not a heading
				```
				## Tests
				## Tests
				""")).containsExactlyInAnyOrder("innograph", "how-well-it-extracts-measured-2026-12-03-and-2026-12-04",
				"benchmark-innograph-against-hand-written-cypher-and-neo4jgraphql", "reading-ahead-and-why", "tests",
				"tests-1");
	}

	/**
	 * The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces
	 * as hyphens, and a number after a repeated one.
	 */
	static Set<String> anchors(String markdown) {
		var anchors = new HashSet<String>();
		var seen = new HashMap<String, Integer>();
		var headings = HEADING.matcher(withoutCodeBlocks(markdown));
		while (headings.find()) {
			var slug = headings.group(1)
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
				.replace(' ', '-');
			int repeats = seen.merge(slug, 1, Integer::sum) - 1;
			anchors.add((repeats == 0) ? slug : slug + "-" + repeats);
		}
		return anchors;
	}

	/** Code blocks hold no links, and their comment lines are no headings. */
	private static String withoutCodeBlocks(String markdown) {
		return FENCED_BLOCK.matcher(markdown).replaceAll("");
	}

}
