package vn.practica.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unauthenticated callers are counted per IPv4 address and per IPv6 /64 network. */
class ClientAddressesTest {
    @Test
    void anIpv4AddressIsItsOwnPartition() {
        assertEquals("addr:203.0.113.7", ClientAddresses.partitionOf("203.0.113.7"));
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareAPartition() {
        String first = ClientAddresses.partitionOf("2001:db8:0:1::1");
        String second = ClientAddresses.partitionOf("2001:db8:0:1:abcd:ef01:2345:6789");

        assertEquals("addr:2001:db8:0:1:0:0:0:0/64", first);
        assertEquals(first, second);
        assertEquals("addr:2001:db8:0:2:0:0:0:0/64", ClientAddresses.partitionOf("2001:db8:0:2::1"));
    }

    @Test
    void aMissingAddressIsOnePartitionOfItsOwn() {
        assertEquals("addr:unknown", ClientAddresses.partitionOf(null));
    }
}
