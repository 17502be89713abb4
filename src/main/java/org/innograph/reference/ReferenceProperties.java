package org.innograph.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the administrative divisions are loaded at start-up when the
 * graph lacks this version of them
 * @param divisions the compact divisions file that {@code generator/regenerate.sh}
 * derives
 * @param highTechZones the list of national high-tech zones with their divisions and
 * sources
 */
@ConfigurationProperties("innograph.reference")
record ReferenceProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:graph-schema/reference/divisions.csv") String divisions,
		@DefaultValue("classpath:graph-schema/reference/high-tech-zones.csv") String highTechZones) {
}
