package org.microcred.issuance.vcapi;

/**
 * What one VC-API request may hold. A credential to sign is canonicalised (RDFC-1.0) on the event loop, so its size
 * and nesting are bounded before any JSON-LD work; the credentials library adds its own bounds (1 MiB, depth 64,
 * one second of canonicalisation) behind these.
 */
public final class VcApiLimits {

    /** A request body: a credential with its options. Over it: 413 {@code body-too-large}. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** JSON nesting of a request body (objects and arrays). Over it: 400 {@code too-deeply-nested}. */
    public static final int MAX_DEPTH = 32;
    /** A credential's {@code id}, as recorded for /credentials/status. */
    public static final int MAX_ID_LENGTH = 2048;

    private VcApiLimits() {
    }
}
