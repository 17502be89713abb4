package org.innograph.search;

import java.util.List;

import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	static final int DEFAULT_HITS = 10;

	static final int MAX_HITS = 100;

	/**
	 * The longest search text: names are short, and a longer text would only make the
	 * full-text query grow past what the index accepts.
	 */
	static final int MAX_TEXT = 200;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable Integer first,
			@Argument @Nullable List<String> kinds) {
		InvalidArgumentException.requireText("text", text);
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text",
					"Argument 'text' must be at most %d characters, was %d".formatted(MAX_TEXT, text.length()));
		}
		if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new InvalidArgumentException("text",
					"Argument 'text' holds no letter or digit to search for; operators such as . * ? are not search syntax here");
		}
		var limit = (first != null) ? first : DEFAULT_HITS;
		return this.search.search(text, kinds, InvalidArgumentException.requireRange("first", limit, 1, MAX_HITS));
	}

}
