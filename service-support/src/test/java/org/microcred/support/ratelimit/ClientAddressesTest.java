package org.microcred.support.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.support.ratelimit.ClientAddresses.ForwardingHeader;

class ClientAddressesTest {

    private static final InetAddress PROXY = ip("10.0.0.5");

    private static InetAddress ip(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }

    private static ClientAddresses trusting(String... cidrs) {
        return new ClientAddresses(Networks.parse(List.of(cidrs)), ForwardingHeader.X_FORWARDED_FOR);
    }

    @Test
    void withoutTrustedProxiesASpoofedHeaderCountsAgainstThePeer() {
        ClientAddresses none = new ClientAddresses(Networks.NONE, ForwardingHeader.X_FORWARDED_FOR);
        assertEquals(ip("203.0.113.9"), none.clientOf(ip("203.0.113.9"), List.of("198.51.100.1")));
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsNotBelieved() {
        assertEquals(ip("203.0.113.9"),
                trusting("10.0.0.0/8").clientOf(ip("203.0.113.9"), List.of("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        // The client wrote "1.1.1.1" itself; the proxy appended the address it saw.
        assertEquals(ip("198.51.100.7"),
                trusting("10.0.0.0/8").clientOf(PROXY, List.of("1.1.1.1, 198.51.100.7")));
    }

    @Test
    void twoClientsBehindOneTrustedProxyAreTwoClients() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals(ip("198.51.100.7"), addresses.clientOf(PROXY, List.of("198.51.100.7")));
        assertEquals(ip("198.51.100.8"), addresses.clientOf(PROXY, List.of("198.51.100.8")));
    }

    @Test
    void chainsOfTrustedProxiesAreSkippedAcrossHeaderLines() {
        assertEquals(ip("2001:db8::1"), trusting("10.0.0.0/8", "192.168.0.0/16")
                .clientOf(PROXY, List.of("6.6.6.6, 2001:db8::1", "192.168.1.1:8080, 10.1.1.1")));
    }

    @Test
    void anUnreadableHopStopsAtTheLastKnownAddress() {
        assertEquals(ip("10.1.1.1"), trusting("10.0.0.0/8").clientOf(PROXY, List.of("evil.example, 10.1.1.1")));
    }

    @Test
    void onlyTheConfiguredHeaderFormIsRead() {
        ClientAddresses forwarded = new ClientAddresses(Networks.parse(List.of("10.0.0.0/8")),
                ForwardingHeader.FORWARDED);
        assertEquals(ip("2001:db8:cafe::17"), forwarded.clientOf(PROXY,
                List.of("for=192.0.2.60;proto=http, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.5")));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertEquals(IpAddresses.clientKey(ip("2001:db8:1:2::1")), IpAddresses.clientKey(ip("2001:db8:1:2:ffff::9")));
        assertEquals("2001:db8:1:3::/64", IpAddresses.clientKey(ip("2001:db8:1:3::1")));
        assertEquals("192.0.2.1", IpAddresses.clientKey(ip("::ffff:192.0.2.1")));
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertEquals(true, IpAddresses.parse("localhost").isEmpty());
    }
}
