package org.innograph.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refuseUnfinishedRestore whether the service refuses to start on a store that
 * holds an unfinished restore; only the restore command itself turns this off
 */
@ConfigurationProperties("innograph.backup")
record BackupProperties(@DefaultValue("true") boolean refuseUnfinishedRestore) {
}
