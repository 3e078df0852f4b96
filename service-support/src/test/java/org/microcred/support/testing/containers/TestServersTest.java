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
    void unknownModeIsRefusedWithTheValuesThatWork() {
        System.setProperty(TestServers.MODE, "container");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new TestServers().start());
        assertTrue(refused.getMessage().contains("'containers'"), refused.getMessage());
    }
}
