package org.microcred.support.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void everySpellingOfThePathIsThePath() {
        for (String spelling : new String[] {"/api/v1/verify", "//api/v1/verify", "/api//v1///verify",
                "/api/v1/./verify", "/api/v1/x/../verify", "/api/v1/%2e/verify", "/api%2Fv1%2Fverify",
                "/api/v1/%76erify", "/api/v1;a=b/verify", "/api/v1/%252e/verify", "\\api\\v1\\verify",
                "/api/v1/verify?x=1"}) {
            assertEquals("/api/v1/verify", RequestPaths.normalise(spelling), spelling);
        }
    }

    @Test
    void aMalformedEscapeIsKept() {
        assertEquals("/api/%zz", RequestPaths.normalise("/api/%zz"));
        assertEquals("/", RequestPaths.normalise("/../.."));
    }
}
