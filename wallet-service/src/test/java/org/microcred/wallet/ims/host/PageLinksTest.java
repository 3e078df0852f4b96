package org.microcred.wallet.ims.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Link header's arithmetic: which of next, last, first and prev a page has, and their offsets. */
class PageLinksTest {

    private static final URI REQUEST = URI.create(
            "https://credentials.example.edu/ims-api/northbridge/ims/ob/v3p0/credentials?limit=10&since=2026-01-01T00:00:00Z");
    private static final String AT = "https://credentials.example.edu/ims-api/northbridge/ims/ob/v3p0/credentials"
            + "?since=2026-01-01T00:00:00Z&limit=10&offset=";

    @Test
    void theFirstPageHasNextLastAndFirstButNoPrev() {
        assertEquals("<" + AT + "10>; rel=\"next\", <" + AT + "20>; rel=\"last\", <" + AT + "0>; rel=\"first\"",
                PageLinks.of(REQUEST, 10, 0, 25));
    }

    @Test
    void aMiddlePageHasAllFour() {
        assertEquals("<" + AT + "20>; rel=\"next\", <" + AT + "20>; rel=\"last\", <" + AT + "0>; rel=\"first\", <"
                + AT + "0>; rel=\"prev\"", PageLinks.of(REQUEST, 10, 10, 25));
    }

    @Test
    void theLastPageHasNoNextAndAnExactMultipleEndsOnAFullPage() {
        assertEquals("<" + AT + "20>; rel=\"last\", <" + AT + "0>; rel=\"first\", <" + AT + "10>; rel=\"prev\"",
                PageLinks.of(REQUEST, 10, 20, 30));
    }

    @Test
    void anEmptyListIsOnePageAndAnOffsetPastTheEndLeadsBackToTheLastPage() {
        assertEquals("<" + AT + "0>; rel=\"last\", <" + AT + "0>; rel=\"first\"", PageLinks.of(REQUEST, 10, 0, 0));
        assertEquals("<" + AT + "20>; rel=\"last\", <" + AT + "0>; rel=\"first\", <" + AT + "20>; rel=\"prev\"",
                PageLinks.of(REQUEST, 10, 95, 25));
    }
}
