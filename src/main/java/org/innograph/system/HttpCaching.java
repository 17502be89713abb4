package org.innograph.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.store.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Answers to queries by GET and to exports can be cached by browsers and CDNs: each
 * carries an {@code ETag} from its content (without the request id, which differs every
 * time), a request that sends it back in {@code If-None-Match} gets {@code 304} and no
 * body, and a successful anonymous answer says {@code Cache-Control: public} with
 * {@code innograph.http.cache-max-age} (answers to a request with a key are
 * {@code private}). {@code Vary} names the headers that change an answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpCaching {

	private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"[^\"]*\"");

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> contentEtags(
			@Value("${innograph.http.cache-max-age:60s}") Duration maxAge) {
		var filter = new ShallowEtagHeaderFilter() {

			/** POSTs are never cached: their answers are not held back to be hashed. */
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
			}

			@Override
			protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
					int responseStatusCode, InputStream inputStream) {
				boolean eligible = super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
				if (eligible && responseStatusCode == 200) {
					var anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
					response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? "public, max-age=" + maxAge.toSeconds()
							: "private, max-age=0, must-revalidate");
				}
				response.setHeader(HttpHeaders.VARY, "Accept, Authorization");
				return eligible;
			}

			@Override
			protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
				var text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
				// Weak: the same answer, whatever request id it carries.
				return "W/\"" + Sha256.hex(REQUEST_ID.matcher(text).replaceAll("")).substring(0, 32) + "\"";
			}

		};
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(filter);
		registration.addUrlPatterns("/graphql", "/export.csv", "/export.json", "/export.graphml");
		return registration;
	}

}
