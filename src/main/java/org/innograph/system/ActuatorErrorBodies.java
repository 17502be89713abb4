package org.innograph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the actuator's bodiless client errors a body that says what was wrong: an unknown
 * health group, for one, is a 404 with nothing in it.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorErrorBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> actuatorErrorBodyFilter() {
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var watched = new WrittenOrNot(response);
				chain.doFilter(request, watched);
				var status = response.getStatus();
				if (status >= 400 && status < 500 && !watched.written && !response.isCommitted()) {
					var reason = HttpStatus.resolve(status);
					response.setContentType("application/json");
					var message = (status == HttpServletResponse.SC_NOT_FOUND)
							? "Nothing is at %s: /actuator lists the endpoints".formatted(request.getRequestURI())
							: "%s %s is refused".formatted(request.getMethod(), request.getRequestURI());
					response.getOutputStream()
						.write(JSON
							.writeValueAsString(java.util.Map.of("status", status, "error",
									(reason != null) ? reason.getReasonPhrase() : "Client Error", "message", message))
							.getBytes(StandardCharsets.UTF_8));
				}
			}
		};
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registration.addUrlPatterns("/actuator/*");
		return registration;
	}

	/** Notes whether anything asked to write the body. */
	private static final class WrittenOrNot extends HttpServletResponseWrapper {

		boolean written;

		WrittenOrNot(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.written = true;
			return super.getOutputStream();
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			this.written = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.written = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.written = true;
			super.sendError(sc, msg);
		}

	}

}
