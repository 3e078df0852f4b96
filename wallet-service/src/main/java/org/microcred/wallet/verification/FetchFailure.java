package org.microcred.wallet.verification;

/**
 * A document verification needed could not be had: not on the allow-list, unreachable, too slow,
 * too large, not JSON. The message is what the failed check reports.
 */
public class FetchFailure extends RuntimeException {

    public FetchFailure(String message) {
        super(message, null, false, false);
    }
}
