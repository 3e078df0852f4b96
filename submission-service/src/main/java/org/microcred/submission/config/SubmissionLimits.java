package org.microcred.submission.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits on evidence. quarkus.http.limits.max-body-size must leave room for max-file-size. */
@ConfigMapping(prefix = "microcred.submission")
public interface SubmissionLimits {

    /** Largest evidence file accepted. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** Most files one attempt may hold. */
    @WithDefault("10")
    int maxFiles();

    /**
     * Largest JSON body: the HTTP layer's limit is sized for uploads, so JSON requests get their
     * own, smaller one.
     */
    @WithDefault("2M")
    MemorySize maxJsonBodySize();
}
