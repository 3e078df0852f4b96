package org.microcred.issuance.exchange;

import org.microcred.support.problem.ProblemException;

/**
 * Why an exchange can no longer be used, as the problem a wallet gets: 409 {@code exchange-completed} once it
 * delivered (single use), 410 {@code exchange-expired} after its lifetime, 410 {@code exchange-closed} after too many
 * failed DID authentications. An unknown id is a 404 like any other.
 */
enum ExchangeRefusal {
    COMPLETED(409, "exchange-completed", "Exchange already completed",
            "This exchange has delivered its credential; ask for a new one in your wallet"),
    EXPIRED(410, "exchange-expired", "Exchange expired",
            "This exchange has expired; ask for a new one in your wallet"),
    CLOSED(410, "exchange-closed", "Exchange closed",
            "This exchange was closed after too many failed DID authentications; ask for a new one in your wallet");

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;

    ExchangeRefusal(int status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    ProblemException problem() {
        return new ProblemException(status, slug, title, detail);
    }

    static ProblemException unknown() {
        return ProblemException.notFound("Exchange", "given");
    }
}
