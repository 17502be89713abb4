package org.innograph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the embed view may be framed by another site; the explorer and the rest may not.
 */
@EmbeddedServiceTest
class EmbedFramingTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theEmbedViewMayBeFramedAnywhere() throws Exception {
		var embed = get("/embed?id=city-hangzhou&depth=2&lang=en");
		assertThat(embed.statusCode()).isEqualTo(200);
		assertThat(embed.body()).contains("explorer/embed.js");
		assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
		assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
	}

	@Test
	void everythingElseRefusesToBeFramed() throws Exception {
		for (var path : new String[] { "/", "/?id=city-hangzhou", "/graphiql", "/explorer/app.js", "/embed.html" }) {
			var answer = get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue("frame-ancestors 'none'");
			assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

}
