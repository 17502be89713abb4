package org.innograph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBytes the largest input the pipeline reads; larger input is refused before it
 * is decoded
 */
@ConfigurationProperties("innograph.ingest")
record IngestProperties(@DefaultValue("2000000") long maxBytes) {
}
