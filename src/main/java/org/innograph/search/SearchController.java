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

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable Integer first,
			@Argument @Nullable List<String> kinds) {
		InvalidArgumentException.requireText("text", text);
		var limit = (first != null) ? first : DEFAULT_HITS;
		return this.search.search(text, kinds, InvalidArgumentException.requireRange("first", limit, 1, MAX_HITS));
	}

}
