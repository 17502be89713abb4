package org.innograph.search;

import java.util.List;

import org.innograph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	static final int MAX_HITS = 100;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument int first) {
		InvalidArgumentException.requireText("text", text);
		InvalidArgumentException.requireRange("first", first, 1, MAX_HITS);
		return this.search.search(text, null, first);
	}

}
