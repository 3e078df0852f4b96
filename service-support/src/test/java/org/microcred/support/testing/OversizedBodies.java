package org.microcred.support.testing;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * For tests that send a body over the server's size limit. The server answers 413 as soon as it
 * has read the headers and closes the connection; a client still writing a large body then fails
 * with "broken pipe" instead of reading the answer (a race that depends on socket buffers). With
 * {@code Expect: 100-continue} the client waits for the server's verdict before sending the body,
 * as a well-behaved uploader would, so the test sees the 413 every time.
 */
public final class OversizedBodies {

    private OversizedBodies() {
    }

    public static RestAssuredConfig expectContinue() {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.protocol.expect-continue", true));
    }
}
