package org.microcred.support.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;

/**
 * An {@code Accept} header that is empty or cannot be parsed is treated as absent, which RFC 9110 (12.5.1) reads as
 * "any media type": the answer is the resource's usual JSON. The REST layer parses the header only when it writes
 * the answer, and failed there with a 500 ("Failed to parse media type") after the work was done. The check uses the
 * parser of that negotiation, so whatever passes here parses there; a well-formed {@code Accept} that no answer
 * satisfies is still a 406.
 */
@ApplicationScoped
public class AcceptHeader {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::dropUnusable);
    }

    private void dropUnusable(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !usable(accept)) {
            context.request().headers().remove(HttpHeaders.ACCEPT);
        }
        context.next();
    }

    /** Whether the negotiation can read {@code accept}: at least one media range, each well formed. */
    static boolean usable(String accept) {
        if (accept.isBlank()) {
            return false;
        }
        try {
            return !MediaTypeHelper.parseHeader(accept).isEmpty();
        } catch (RuntimeException unparseable) {
            return false;
        }
    }
}
