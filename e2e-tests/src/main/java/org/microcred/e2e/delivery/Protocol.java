package org.microcred.e2e.delivery;

import java.util.Arrays;
import java.util.List;

/**
 * The measured runs: OpenID4VCI in each of its two formats, the VC-API exchange the Learner Credential Wallet
 * speaks, and the VC-API issuer. {@code --protocol} names a run, a protocol (openid4vci: both formats) or all.
 */
enum Protocol {

    OPENID4VCI_LDP_VC("openid4vci-ldp_vc", "openid4vci"),
    OPENID4VCI_JWT_VC_JSON("openid4vci-jwt_vc_json", "openid4vci"),
    VCAPI_EXCHANGE("vcapi-exchange", "vcapi-exchange"),
    VCAPI_ISSUE("vcapi-issue", "vcapi-issue");

    static final String ALL = "all";

    private final String run;
    private final String protocol;

    Protocol(String run, String protocol) {
        this.run = run;
        this.protocol = protocol;
    }

    /** The run's name in the report. */
    String run() {
        return run;
    }

    /** The runs an option names, in this order; an unknown name is an error that lists the known ones. */
    static List<Protocol> named(String option) {
        List<Protocol> runs = Arrays.stream(values())
                .filter(p -> ALL.equals(option) || p.run.equals(option) || p.protocol.equals(option))
                .toList();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("Unknown --protocol '" + option + "': openid4vci, vcapi-exchange,"
                    + " vcapi-issue, all, or one run: " + Arrays.stream(values()).map(Protocol::run).toList());
        }
        return runs;
    }
}
