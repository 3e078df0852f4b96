package org.microcred.wallet.vcapi;

import java.util.ArrayList;
import java.util.List;

/**
 * A presentation's answer from its parts: the holder's authentication passed, then each credential's result.
 * Verified only when every credential is; an unverified credential's errors are the presentation's, named by its
 * position.
 */
final class PresentationResults {

    static final String AUTHENTICATION = "authentication";
    static final String CREDENTIALS = "credentials";

    private PresentationResults() {
    }

    static VcApiResult of(List<VcApiResult> credentials) {
        List<VcApiResult.Problem> warnings = new ArrayList<>();
        List<VcApiResult.Problem> errors = new ArrayList<>();
        for (int i = 0; i < credentials.size(); i++) {
            VcApiResult result = credentials.get(i);
            String which = "verifiableCredential[" + i + "]: ";
            result.warnings().forEach(w -> warnings.add(new VcApiResult.Problem(w.type(), w.title(),
                    which + w.detail())));
            result.errors().forEach(e -> errors.add(new VcApiResult.Problem(e.type(), e.title(),
                    which + e.detail())));
        }
        boolean verified = errors.isEmpty();
        return new VcApiResult(verified, List.of(AUTHENTICATION, CREDENTIALS), warnings, errors,
                List.copyOf(credentials), verified ? 200 : 422);
    }
}
