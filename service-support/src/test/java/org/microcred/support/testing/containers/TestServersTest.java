package org.microcred.support.testing.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default mode leaves the suite on bin/infra's servers; a mistyped mode is refused, not taken for the default. */
class TestServersTest {

    @AfterEach
    void clearMode() {
        System.clearProperty(TestServers.MODE);
    }

    @Test
    void infraModeStartsNothingAndOverridesNothing() {
        System.setProperty(TestServers.MODE, "infra");
        assertEquals(Map.of(), new TestServers().start());
    }

    @Test
    void variablesThatAreAlsoPropertyNamesAreGivenUnderThePropertyNameToo() {
        Map<String, String> configuration = TestServers.configuration(Map.of("KAFKA_BOOTSTRAP_SERVERS", "host:1",
                "MICROCRED_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "MICROCRED_OIDC_URL", "http://host:2/realms/r"));
        assertEquals("host:1", configuration.get("kafka.bootstrap.servers"));
        assertEquals("PLAINTEXT", configuration.get("microcred.kafka.security.protocol"));
        assertEquals("host:1", configuration.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals(5, configuration.size());
    }

    @Test
    void unknownModeIsRefusedWithTheValuesThatWork() {
        System.setProperty(TestServers.MODE, "container");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new TestServers().start());
        assertTrue(refused.getMessage().contains("'containers'"), refused.getMessage());
    }
}
