package org.microcred.wallet.presentation;

import java.time.Instant;
import java.util.Locale;

/** What the creator polls: {@code pending}, {@code answered} (with the result) or {@code expired}. */
public record PresentationResultView(String status, Instant expiresAt, Instant answeredAt,
        PresentationResult result) {

    static PresentationResultView of(PresentationRequest request, Instant now) {
        return new PresentationResultView(request.statusAt(now).name().toLowerCase(Locale.ROOT), request.expiresAt,
                request.answeredAt, PresentationRequests.resultOf(request));
    }
}
