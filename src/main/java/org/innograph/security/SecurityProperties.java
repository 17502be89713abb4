package org.innograph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what.
 *
 * @param publicReads whether queries run without a token (the default: the read API is
 * public)
 * @param apiKeys the API keys, each {@code role:sha256-of-the-key}, roles {@code editor}
 * or {@code admin}; set them in the environment ({@code INNOGRAPH_SECURITY_API_KEYS}),
 * never in a file
 */
@ConfigurationProperties("innograph.security")
public record SecurityProperties(@DefaultValue("true") boolean publicReads, @DefaultValue List<String> apiKeys) {
}
