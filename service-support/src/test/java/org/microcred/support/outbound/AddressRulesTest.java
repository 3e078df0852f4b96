package org.microcred.support.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255",
            "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1",
            "100.127.255.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255"})
    void nonPublicIpv4AddressesAreRefused(String address) throws UnknownHostException {
        assertTrue(AddressRules.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.1.1", "192.169.0.1", "11.0.0.1", "223.255.255.254"})
    void publicIpv4AddressesPass(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), AddressRules.refusal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd00:ec2::254", "ff02::1",
            "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::1", "2002:a9fe:a9fe::1", "::7f00:1", "::a00:1"})
    void nonPublicIpv6AddressesAreRefused(String address) throws UnknownHostException {
        assertTrue(AddressRules.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:4860:4860::8888", "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::1"})
    void publicIpv6AddressesPass(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), AddressRules.refusal(InetAddress.getByName(address)), address);
    }

    /** Java turns "::ffff:a.b.c.d" into an Inet4Address; an Inet6Address holding the mapped form is judged too. */
    @Test
    void ipv4MappedIpv6AddressesAreJudgedByTheirIpv4Address() throws UnknownHostException {
        assertEquals(Optional.of("loopback"), AddressRules.refusal(InetAddress.getByName("::ffff:127.0.0.1")));
        assertEquals(Optional.of("loopback"), AddressRules.refusal(mapped(127, 0, 0, 1)));
        assertEquals(Optional.of("link-local (the metadata address among them)"),
                AddressRules.refusal(mapped(169, 254, 169, 254)));
        assertEquals(Optional.of("private"), AddressRules.refusal(mapped(192, 168, 0, 10)));
        assertEquals(Optional.of("shared address space (CGNAT, 100.64/10)"), AddressRules.refusal(mapped(100, 64, 1, 1)));
        assertEquals(Optional.empty(), AddressRules.refusal(mapped(8, 8, 4, 4)));
    }

    private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
        assertTrue(address instanceof Inet6Address, "kept as IPv6");
        return address;
    }
}
