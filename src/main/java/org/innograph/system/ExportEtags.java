package org.innograph.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.store.Sha256;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Exports by GET carry an {@code ETag} from their content, so a client that sends it back
 * in {@code If-None-Match} gets {@code 304} and no body (the export still runs: unlike
 * {@link HttpCaching}'s, this validator saves the transfer only). A successful anonymous
 * export says {@code Cache-Control: public} with {@code innograph.http.cache-max-age};
 * one to a request with a key is {@code private, no-store}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExportEtags {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> exportContentEtags(HttpProperties properties) {
		var filter = new ShallowEtagHeaderFilter() {

			/** POSTs are never cached: their answers are not held back to be hashed. */
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
			}

			@Override
			protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
					int responseStatusCode, InputStream inputStream) {
				var anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
				boolean eligible = anonymous
						&& super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
				if (eligible && responseStatusCode == 200) {
					response.setHeader(HttpHeaders.CACHE_CONTROL,
							"public, max-age=" + properties.cacheMaxAge().toSeconds());
				}
				else if (!anonymous) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
				}
				response.setHeader(HttpHeaders.VARY, HttpCaching.VARY);
				return eligible;
			}

			@Override
			protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
				// Weak: the same content, whichever encoding carries it.
				return "W/\"" + Sha256.hex(new String(body.readAllBytes(), StandardCharsets.UTF_8)).substring(0, 32)
						+ "\"";
			}

		};
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(filter);
		registration.addUrlPatterns("/export.csv", "/export.zip", "/export.json", "/export.graphml");
		return registration;
	}

}
