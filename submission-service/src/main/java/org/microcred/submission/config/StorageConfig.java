package org.microcred.submission.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** Where the filesystem file store keeps evidence bytes. */
@ConfigMapping(prefix = "microcred.storage")
public interface StorageConfig {

    /** The directory; created on first use. */
    Path dir();
}
