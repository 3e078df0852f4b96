package org.microcred.support.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworksTest {

    private static boolean contains(String cidr, String address) {
        return Networks.parse(List.of(cidr)).contains(IpAddresses.parse(address).orElseThrow());
    }

    @Test
    void matchesByPrefixBits() {
        assertTrue(contains("172.16.0.0/12", "172.31.255.255"));
        assertFalse(contains("172.16.0.0/12", "172.32.0.0"));
        assertTrue(contains("10.0.0.7", "10.0.0.7"));
        assertFalse(contains("10.0.0.7", "10.0.0.8"));
        assertTrue(contains("fd00::/8", "fd12::1"));
        assertFalse(contains("fd00::/8", "10.0.0.1"));
        assertTrue(contains("0.0.0.0/0", "203.0.113.1"));
    }

    @Test
    void refusesWhatIsNotANetwork() {
        assertThrows(IllegalArgumentException.class, () -> Networks.parse(List.of("example.com/8")));
        assertThrows(IllegalArgumentException.class, () -> Networks.parse(List.of("10.0.0.0/33")));
    }
}
