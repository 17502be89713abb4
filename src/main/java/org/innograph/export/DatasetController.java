package org.innograph.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The dataset's terms, so that a front end that builds its own exports can carry the same
 * licence line as the server's.
 */
@Controller
class DatasetController {

	private final Dataset dataset;

	DatasetController(@Value("${innograph.dataset.licence}") String licence) {
		this.dataset = new Dataset(licence);
	}

	@QueryMapping
	Dataset dataset() {
		return this.dataset;
	}

	record Dataset(String licence) {
	}

}
