package org.innograph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL example in README.md and docs/*.md runs without errors, and each of its
 * root fields answers.
 */
@EmbeddedServiceTest
class ReadmeExamplesTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	/**
	 * The examples README.md showed when it held the whole reference; moving text to
	 * docs/ may lose none of them.
	 */
	private static final int EXAMPLES_OF_THE_FULL_README = 17;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentsWithExamples")
	void everyExampleQueryAnswers(Path document) {
		var graphql = GraphQlHttp.client(this.port);
		for (var example : examples(Documentation.read(document))) {
			var response = graphql.document(example).executeSync();
			assertThat(response.getErrors()).as(example).isEmpty();
			java.util.Map<String, Object> data = response.getData();
			assertThat(data).as(example).isNotEmpty().allSatisfy((field, value) -> {
				assertThat(value).as(example).isNotNull();
				assertNoEmptyList(value, field, example);
			});
		}
	}

	@Test
	void theReadmeShowsThreeExamplesAndTheDocsKeepTheRest() {
		assertThat(examples(Documentation.read(Documentation.README))).hasSizeGreaterThanOrEqualTo(3);
		var all = Documentation.files().stream().mapToInt(file -> examples(Documentation.read(file)).size()).sum();
		assertThat(all).isGreaterThanOrEqualTo(EXAMPLES_OF_THE_FULL_README);
	}

	static List<Path> documentsWithExamples() {
		return Documentation.files().stream().filter(file -> !examples(Documentation.read(file)).isEmpty()).toList();
	}

	/**
	 * An example shows data at every level it asks for: a list field that is empty
	 * wherever it occurs in the answer (a zone's rankings, for every zone) shows nothing.
	 */
	static void assertNoEmptyList(Object value, String field, String example) {
		var shown = new java.util.TreeMap<String, Boolean>();
		listsIn(value, field, shown);
		assertThat(shown).as("list fields that are empty everywhere in%n%s", example).doesNotContainValue(false);
	}

	private static void listsIn(Object value, String path, java.util.Map<String, Boolean> shown) {
		if (value instanceof List<?> list) {
			shown.merge(path, !list.isEmpty(), Boolean::logicalOr);
			list.forEach(item -> listsIn(item, path, shown));
		}
		else if (value instanceof java.util.Map<?, ?> map) {
			map.forEach((key, child) -> {
				if (child != null) {
					listsIn(child, path + "." + key, shown);
				}
			});
		}
	}

	/** Splits a Markdown file's GraphQL blocks into their top-level operations. */
	static List<String> examples(String markdown) {
		var examples = new ArrayList<String>();
		var matcher = GRAPHQL_BLOCK.matcher(markdown);
		while (matcher.find()) {
			var current = new StringBuilder();
			int depth = 0;
			for (var line : matcher.group(1).split("\n")) {
				if (depth == 0 && line.strip().startsWith("#")) {
					continue;
				}
				current.append(line).append('\n');
				for (var c : line.toCharArray()) {
					depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
				}
				if (depth == 0 && !current.toString().isBlank()) {
					examples.add(current.toString().strip());
					current.setLength(0);
				}
			}
		}
		return examples;
	}

}
