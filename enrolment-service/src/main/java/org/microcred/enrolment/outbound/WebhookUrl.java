package org.microcred.enrolment.outbound;

import org.microcred.support.outbound.OutboundUrl;
import org.microcred.support.problem.ProblemException;

/** An endpoint's URL ({@link OutboundUrl}'s rules); a URL this service may not call is 422 {@code unsafe-webhook-url}. */
public final class WebhookUrl {

    private WebhookUrl() {
    }

    /** Parses {@code url}; 400 {@code validation} (field {@code url}) when malformed, 422 when not https. */
    public static OutboundUrl parse(String url, boolean allowHttp) {
        return OutboundUrl.parse(url, allowHttp, WebhookUrl::unsafe);
    }

    public static ProblemException unsafe(String detail) {
        return new ProblemException(422, "unsafe-webhook-url", "Unsafe webhook URL", detail);
    }
}
