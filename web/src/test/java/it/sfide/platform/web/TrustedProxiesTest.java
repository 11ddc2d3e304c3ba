package it.sfide.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedProxiesTest {

    private static final TrustedProxies NGINX = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8,::1, 2001:db8:aa::/48");

    @Test
    void withoutTrustedProxiesTheConnectionsPeerIsTheClientWhateverTheHeaderSays() {
        TrustedProxies none = TrustedProxies.parse("");
        assertTrue(none.isEmpty());
        assertEquals("127.0.0.1", none.clientOf("127.0.0.1", List.of("203.0.113.7")));
        assertTrue(TrustedProxies.parse(null).isEmpty());
    }

    @Test
    void aForgedHeaderFromAnUntrustedClientIsIgnored() {
        assertEquals("198.51.100.9", NGINX.clientOf("198.51.100.9", List.of("203.0.113.7")));
        assertEquals("198.51.100.9", NGINX.clientOf("198.51.100.9", List.of("10.0.0.1")));
    }

    @Test
    void behindATrustedProxyTheRightMostAddressThatIsNotAProxyIsTheClient() {
        assertEquals("203.0.113.7", NGINX.clientOf("127.0.0.1", List.of("203.0.113.7")));
        // the client wrote a forged address on the left; nginx appended the real one
        assertEquals("203.0.113.7", NGINX.clientOf("127.0.0.1", List.of("1.2.3.4, 203.0.113.7")));
        // two proxies: a load balancer in 10/8 before nginx on the loopback
        assertEquals("203.0.113.7", NGINX.clientOf("127.0.0.1", List.of("5.6.7.8, 203.0.113.7, 10.1.2.3")));
        // several headers count as one list, in the order received
        assertEquals("203.0.113.8", NGINX.clientOf("127.0.0.1", List.of("203.0.113.7", "203.0.113.8, 10.1.2.3")));
    }

    @Test
    void onlyProxiesInTheHeaderOrNoHeaderGiveTheFarthestProxy() {
        assertEquals("127.0.0.1", NGINX.clientOf("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", NGINX.clientOf("127.0.0.1", null));
        assertEquals("10.9.9.9", NGINX.clientOf("127.0.0.1", List.of("10.9.9.9, 10.1.2.3")));
    }

    @Test
    void anEntryThatIsNotAnAddressStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.1.2.3", NGINX.clientOf("127.0.0.1", List.of("203.0.113.7, unknown, 10.1.2.3")));
        assertEquals("127.0.0.1", NGINX.clientOf("127.0.0.1", List.of("evil.example.org")));
        assertEquals("127.0.0.1", NGINX.clientOf("127.0.0.1", List.of("999.1.1.1")));
    }

    @Test
    void portsAndBracketsAreDroppedAndIpv6IsWrittenOneWay() {
        assertEquals("203.0.113.7", NGINX.clientOf("127.0.0.1", List.of("203.0.113.7:4711")));
        assertEquals("2001:db8:0:0:0:0:0:1", NGINX.clientOf("127.0.0.1", List.of("[2001:db8::1]:4711")));
        assertEquals("2001:db8:0:0:0:0:0:1", NGINX.clientOf("0:0:0:0:0:0:0:1", List.of("2001:db8::1")));
        assertEquals("2001:db8:0:0:0:0:0:2", NGINX.clientOf("::1",
                List.of("2001:db8::2, 2001:db8:aa:ffff::5")));
    }

    @Test
    void cidrBlocksMatchOnTheirPrefixOnly() {
        TrustedProxies proxies = TrustedProxies.parse("192.168.4.0/22,fd00::/8");
        assertTrue(proxies.trusts("192.168.4.1"));
        assertTrue(proxies.trusts("192.168.7.254"));
        assertFalse(proxies.trusts("192.168.8.1"));
        assertFalse(proxies.trusts("192.168.3.255"));
        assertTrue(proxies.trusts("fdab::1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("192.168.4.1.example.org"));
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8"));
        assertFalse(TrustedProxies.parse("0.0.0.0/0").trusts("::2"), "an IPv4 block holds no IPv6 address");
    }

    @Test
    void entriesThatAreNotAddressesOrBlocksAreIgnoredAndNamed() {
        TrustedProxies proxies = TrustedProxies.parse("proxy.example.org, 10.0.0.0/33, 10.0.0.0/x, 010.0.0.1, 10.2.0.0/16");
        assertEquals(List.of("proxy.example.org", "10.0.0.0/33", "10.0.0.0/x", "010.0.0.1"), proxies.ignored());
        assertTrue(proxies.trusts("10.2.3.4"));
        assertFalse(proxies.trusts("10.0.0.1"));
    }
}
