package org.microcred.enrolment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.microcred.support.outbox.EventSourceLimits;

/** Limits of a micro-credential definition beyond its fields' own (see EventSourceLimits). */
@ConfigMapping(prefix = "microcred.catalogue")
public interface CatalogueLimitsConfig {

    /**
     * The whole definition as JSON, in UTF-8 bytes. Its text is copied into every credential of it, and the
     * credential.issued event carries the credential three times over; this keeps that event under the outbox's
     * maximum. Raise it only with microcred.outbox.max-event-bytes, and run LargestCredentialEventTest.
     */
    @WithDefault(EventSourceLimits.MAX_DEFINITION_BYTES)
    int maxDefinitionBytes();
}
