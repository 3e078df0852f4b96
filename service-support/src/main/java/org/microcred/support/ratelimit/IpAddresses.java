package org.microcred.support.ratelimit;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * IP address literals, parsed without ever asking DNS ({@link InetAddress#getByName} would resolve a host name an
 * attacker put in a header), and the key a client is counted under.
 */
final class IpAddresses {

    /** An IPv6 client is counted by its /64: one subscriber usually holds a whole /64 and can pick any address in it. */
    static final int IPV6_CLIENT_PREFIX_BITS = 64;

    private IpAddresses() {
    }

    /** The address written as an IPv4 or IPv6 literal (IPv4-mapped IPv6 becomes IPv4), or empty for anything else. */
    static Optional<InetAddress> parse(String literal) {
        if (literal == null || literal.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(literal.trim()));
    }

    /** The bucket key of a client: its IPv4 address, or the /64 network of its IPv6 address. */
    static String clientKey(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            Arrays.fill(bytes, IPV6_CLIENT_PREFIX_BITS / 8, bytes.length, (byte) 0);
            return NetUtil.bytesToIpAddress(bytes) + "/" + IPV6_CLIENT_PREFIX_BITS;
        }
        return address.getHostAddress();
    }
}
