package org.microcred.issuance.holder;

/**
 * How a holder-bound copy is secured: {@code ldp_vc} (the JSON-LD credential with an {@code eddsa-rdfc-2022}
 * Data Integrity proof) or {@code jwt_vc_json} (a VC-JWT whose {@code sub} is the holder's DID). The values are
 * OpenID4VCI 1.0's format identifiers, and what the {@code holder_copy.format} column holds.
 */
public enum CopyFormat {
    LDP_VC("ldp_vc"),
    JWT_VC_JSON("jwt_vc_json");

    private final String value;

    CopyFormat(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static CopyFormat of(String value) {
        for (CopyFormat format : values()) {
            if (format.value.equals(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown credential format " + value);
    }
}
