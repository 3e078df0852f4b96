package org.microcred.support.ratelimit;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;

/** A set of IP networks in CIDR notation ({@code 10.0.0.0/8}, {@code ::1/128}; a bare address is one host). */
final class Networks {

    /** One network: its address bytes and how many leading bits of them count. */
    private record Cidr(byte[] network, int prefixBits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = IpAddresses.parse(address)
                    .orElseThrow(() -> new IllegalArgumentException("not an IP network: " + text)).getAddress();
            int bits = slash < 0 ? bytes.length * 8 : parseBits(text, text.substring(slash + 1), bytes.length * 8);
            return new Cidr(bytes, bits);
        }

        private static int parseBits(String text, String bits, int max) {
            try {
                int value = Integer.parseInt(bits.trim());
                if (value >= 0 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("not an IP network (prefix length 0 to " + max + "): " + text);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    static final Networks NONE = new Networks(List.of());

    private final List<Cidr> networks;

    private Networks(List<Cidr> networks) {
        this.networks = networks;
    }

    /** @throws IllegalArgumentException naming the first entry that is not an IP network */
    static Networks parse(Collection<String> cidrs) {
        return new Networks(cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList());
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return networks.stream().anyMatch(network -> network.contains(bytes));
    }

    boolean isEmpty() {
        return networks.isEmpty();
    }
}
