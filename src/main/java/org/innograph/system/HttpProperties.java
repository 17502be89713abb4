package org.innograph.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How answers over HTTP may be cached.
 *
 * @param cacheMaxAge how long browsers and CDNs may keep an anonymous answer to a query
 * by GET before they revalidate it
 */
@ConfigurationProperties("innograph.http")
record HttpProperties(@DefaultValue("60s") Duration cacheMaxAge) {
}
