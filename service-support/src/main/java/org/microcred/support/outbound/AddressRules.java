package org.microcred.support.outbound;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a call out of this deployment (a webhook, a fetch of an outside document) may reach: only public
 * unicast ones. Refused, with the reason: any-local
 * (0.0.0.0/8, ::), loopback (127/8, ::1), private and site-local (10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10),
 * link-local (169.254/16, which holds the cloud metadata address 169.254.169.254, fe80::/10), CGNAT (100.64/10),
 * multicast (224/4, ff00::/8) and reserved/broadcast (240/4). An IPv6 address that carries an IPv4 one
 * (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged by the IPv4
 * address it reaches. Pure: the caller resolves the host.
 */
public final class AddressRules {

    private AddressRules() {
    }

    /** Why the address may not be reached, or empty when it is a public unicast address. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4(b) : ipv6(b);
    }

    private static Optional<String> ipv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return Optional.of("any-local (0.0.0.0/8)");
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
            return Optional.of("private");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local (the metadata address among them)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("shared address space (CGNAT, 100.64/10)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast");
        }
        if (a0 >= 240) {
            return Optional.of("reserved or broadcast");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ipv4(slice(b, 12)); // IPv4-mapped
        }
        if (zero(b, 0, 12)) {
            if (zero(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
                return Optional.of(b[15] == 0 ? "any-local (::)" : "loopback");
            }
            return ipv4(slice(b, 12)); // IPv4-compatible (deprecated)
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return ipv4(slice(b, 12)); // NAT64 well-known prefix
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return ipv4(slice(b, 2)); // 6to4
        }
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("unique local (fc00::/7)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("site-local");
        }
        if (b0 == 0xff) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
