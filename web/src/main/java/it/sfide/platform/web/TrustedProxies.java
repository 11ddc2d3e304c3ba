package it.sfide.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the portal believes ({@code SFIDE_TRUSTED_PROXIES}: IPv4 and IPv6
 * addresses or CIDR blocks, comma-separated), and the client address they report. Only literal addresses are read,
 * never host names (no DNS lookup); an entry that is not one is ignored, so that proxy is simply not trusted.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;
    private final List<String> ignored;

    private TrustedProxies(List<Block> blocks, List<String> ignored) {
        this.blocks = List.copyOf(blocks);
        this.ignored = List.copyOf(ignored);
    }

    /** The proxies of the setting; blank or absent trusts none. */
    public static TrustedProxies parse(String setting) {
        List<Block> blocks = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? item : item.substring(0, slash));
            Integer prefix = null;
            if (address.isPresent()) {
                int max = address.get().length * 8;
                try {
                    prefix = slash < 0 ? max : Integer.parseInt(item.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = null;
                }
                if (prefix != null && (prefix < 0 || prefix > max)) {
                    prefix = null;
                }
            }
            if (prefix == null) {
                ignored.add(item);
            } else {
                blocks.add(new Block(address.get(), prefix));
            }
        }
        return new TrustedProxies(blocks, ignored);
    }

    /** The entries of the setting that are neither an address nor a CIDR block (and so trust nothing). */
    public List<String> ignored() {
        return ignored;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /**
     * The client's address: the connection's peer, unless it is a trusted proxy; then, walking
     * {@code X-Forwarded-For} from the right (the hop nearest to us), the first address that is not a trusted proxy.
     * A list made only of trusted proxies gives the farthest of them; an entry that is not an address stops the walk
     * at the last trusted hop, which is then the client as far as we can tell. What an untrusted client writes in the
     * header is never read.
     *
     * @param remoteAddress the address of the connection's peer
     * @param forwardedFor the values of every {@code X-Forwarded-For} header, in the order received
     */
    public String clientOf(String remoteAddress, List<String> forwardedFor) {
        if (remoteAddress == null || !trusts(remoteAddress)) {
            return normalised(remoteAddress);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor == null ? List.<String>of() : forwardedFor) {
            if (header == null) {
                continue;
            }
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            if (literal(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return normalised(client);
    }

    /** {@code 203.0.113.7:4711}, {@code [2001:db8::1]:4711} and {@code [2001:db8::1]} without port and brackets. */
    static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close < 0 ? hop : hop.substring(1, close);
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && hop.indexOf(':', colon + 1) < 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** One textual form per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} count as one client). */
    private static String normalised(String address) {
        return literal(address).map(bytes -> {
            try {
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException e) {
                return address;
            }
        }).orElse(address);
    }

    /** The bytes of a literal IPv4 or IPv6 address (never a host name: nothing is looked up), or empty. */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(candidate).matches()) { // read here: InetAddress might take 010 for octal
            String[] parts = candidate.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255 || parts[i].length() > 1 && parts[i].startsWith("0")) {
                    return Optional.empty();
                }
                bytes[i] = (byte) value;
            }
            return Optional.of(bytes);
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress()); // holds a colon: a literal, no lookup
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
