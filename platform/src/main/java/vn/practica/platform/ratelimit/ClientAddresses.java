package vn.practica.platform.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The budget partition of an unauthenticated caller: its IPv4 address, or the /64 network of its IPv6
 * address, since one host commonly holds a whole /64 and could otherwise take a new budget per request.
 */
final class ClientAddresses {
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddresses() {}

    /** {@code addr:203.0.113.7} or {@code addr:2001:db8:0:1:0:0:0:0/64}; {@code addr:unknown} without one. */
    static String partitionOf(String hostAddress) {
        if (hostAddress == null || hostAddress.isBlank()) {
            return "addr:unknown";
        }
        if (!hostAddress.contains(":")) {
            return "addr:" + hostAddress;
        }
        try {
            // A numeric literal: parsed without any name lookup.
            byte[] bytes = InetAddress.getByName(hostAddress).getAddress();
            if (bytes.length != 16) {
                return "addr:" + hostAddress;
            }
            for (int i = IPV6_NETWORK_BYTES; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return "addr:" + ((Inet6Address) InetAddress.getByAddress(bytes)).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return "addr:" + hostAddress;
        }
    }
}
