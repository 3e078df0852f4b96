package org.microcred.support.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/**
 * The request-body limits of a service. {@code quarkus.http.limits.max-body-size} stays the outer cap of the HTTP
 * server and must be at least the largest limit here.
 */
@ConfigMapping(prefix = "microcred.http.body-limit")
public interface BodyLimitConfig {

    /** Any body without a more specific limit. */
    @WithName("default")
    @WithDefault("1M")
    MemorySize defaultLimit();

    /** {@code multipart/form-data} bodies (file uploads); the default limit when absent. */
    Optional<MemorySize> multipart();

    /** Limits by path prefix, e.g. {@code paths."/api/v1/verify/baked"=5M}; the longest matching prefix wins. */
    Map<String, MemorySize> paths();
}
