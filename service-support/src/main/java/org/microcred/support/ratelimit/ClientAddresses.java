package org.microcred.support.ratelimit;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the client of a request is. The direct peer, unless it is one of the configured trusted proxies: then the
 * forwarding header the proxies write is read from the right, skipping trusted proxies, and the first address that is
 * not one is the client. Everything left of it was written by the client itself and is never believed, so a client
 * cannot pick its own address; without trusted proxies the header is not read at all.
 */
final class ClientAddresses {

    /** Which header the trusted proxies write. Only that one is read: a client could send the other one itself. */
    enum ForwardingHeader {
        X_FORWARDED_FOR("X-Forwarded-For"),
        FORWARDED("Forwarded");

        final String headerName;

        ForwardingHeader(String headerName) {
            this.headerName = headerName;
        }
    }

    private final Networks trustedProxies;
    private final ForwardingHeader header;

    ClientAddresses(Networks trustedProxies, ForwardingHeader header) {
        this.trustedProxies = trustedProxies;
        this.header = header;
    }

    ForwardingHeader header() {
        return header;
    }

    /**
     * @param peer the address of the direct peer (the socket's, never one a proxy rewrote)
     * @param headerValues every value of the forwarding header, in the order received
     */
    InetAddress clientOf(InetAddress peer, List<String> headerValues) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = hops(headerValues);
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                // A trusted proxy passed on something that is not an address (an obfuscated or "unknown" node):
                // the last address known for sure is the client.
                return client;
            }
            client = hop.get();
            if (!trustedProxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    /** The addresses of the header's hops, left to right, without ports, brackets or quotes. */
    private List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                String address = header == ForwardingHeader.FORWARDED ? forParameter(element) : element.trim();
                hops.add(withoutPort(address));
            }
        }
        return hops;
    }

    /** The {@code for=} parameter of one {@code Forwarded} element (RFC 7239), or "" when it has none. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                return pair.substring(equals + 1).trim().replace("\"", "");
            }
        }
        return "";
    }

    /** {@code [2001:db8::1]:4711} and {@code 192.0.2.1:80} become bare addresses; a bare IPv6 address stays. */
    static String withoutPort(String hop) {
        String value = hop.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? value : value.substring(1, close);
        }
        int colon = value.indexOf(':');
        boolean ipv4WithPort = colon > 0 && colon == value.lastIndexOf(':');
        return ipv4WithPort ? value.substring(0, colon) : value;
    }
}
