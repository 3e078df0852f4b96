package org.microcred.wallet.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One check of a verification: its name, whether it passed, and what was found. */
@Schema(description = "One check of a verification")
public record Check(
        @Schema(description = "Its name: structure, proof, issuer-key, status, validity-window or issuer-known")
        String check,
        @Schema(description = "Whether it passed") boolean passed,
        @Schema(description = "What was found, in a sentence") String detail) {

    public static final String STRUCTURE = "structure";
    public static final String PROOF = "proof";
    public static final String ISSUER_KEY = "issuer-key";
    public static final String STATUS = "status";
    public static final String VALIDITY_WINDOW = "validity-window";
    /** Not part of {@code verified}: whether the issuer is one this deployment knows ({@link IssuerRecognition}). */
    public static final String ISSUER_KNOWN = "issuer-known";

    static Check passed(String check, String detail) {
        return new Check(check, true, detail);
    }

    static Check failed(String check, String detail) {
        return new Check(check, false, detail);
    }
}
