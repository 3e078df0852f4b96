package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tests' LMS signs as Standard Webhooks specifies: its own published example. */
class LmsWebhookTest {

    @Test
    void signsTheStandardWebhooksExampleAsTheSpecificationDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", LmsWebhook.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }
}
