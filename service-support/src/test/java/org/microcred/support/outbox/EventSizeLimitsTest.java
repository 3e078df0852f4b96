package org.microcred.support.outbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EventSizeLimitsTest {

    @Test
    void theSharedDefaultsAgree() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        int maxRequestSize = Integer.parseInt(defaults.getProperty("mp.messaging.outgoing.outbox.max.request.size"));
        // OutboxConfig's and KafkaTopicsConfig's @WithDefault values.
        assertDoesNotThrow(() -> EventSizeLimits.check(1_000_000, maxRequestSize, 1_048_588));
        assertTrue(maxRequestSize <= 1_048_588, "the broker's default message.max.bytes");
    }

    @Test
    void anEventMaximumTheProducerCannotSendIsRefused() {
        assertThrows(IllegalStateException.class, () -> EventSizeLimits.check(1_048_576, 1_048_576, 1_048_588));
    }

    @Test
    void aProducerLimitAboveTheTopicsIsRefused() {
        assertThrows(IllegalStateException.class, () -> EventSizeLimits.check(1_000_000, 2_097_152, 1_048_588));
    }
}
