package org.innograph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /embed}: the explorer's drawing alone ({@code static/embed.html}), for a
 * newsroom's iframe. It is the one page any site may frame; every other answer forbids
 * framing, so that the explorer and GraphiQL cannot be dressed up inside another page
 * (clickjacking).
 */
@Configuration(proxyBeanMethods = false)
class EmbedPage implements WebMvcConfigurer {

	static final String PATH = "/embed";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController(PATH).setViewName("forward:/embed.html");
	}

	@Bean
	FilterRegistrationBean<FramingHeaders> framingHeaders() {
		var registration = new FilterRegistrationBean<>(new FramingHeaders());
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Who may frame an answer: anyone for {@code /embed}, nobody for the rest. */
	static class FramingHeaders extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if (PATH.equals(path)) {
				response.setHeader("Content-Security-Policy", "frame-ancestors *");
			}
			else {
				// Both: X-Frame-Options for browsers that predate frame-ancestors.
				response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
				response.setHeader("X-Frame-Options", "DENY");
			}
			chain.doFilter(request, response);
		}

	}

}
