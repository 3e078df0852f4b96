package org.microcred.enrolment.webhook.adapter;

import java.util.Arrays;
import java.util.Optional;

/** The learning platforms whose own payloads the LMS webhook accepts, by the slug in their path and rows. */
public enum Platform {
    CANVAS("canvas"), MOODLE("moodle"), OPENEDX("openedx");

    private final String slug;

    Platform(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Canvas verifies a JWT against published keys; the others an HMAC under a shared secret. */
    public boolean usesSharedSecret() {
        return this != CANVAS;
    }

    public static Optional<Platform> of(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
