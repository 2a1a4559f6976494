package org.reelpress.comment;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 range as a blocklist line writes it: "203.0.113.0/24", "2001:db8::/32" or one address. */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /** The range a line means, or empty when the line is not an address (it is never looked up by name). */
    static Optional<AddressRange> parse(String line) {
        int slash = line.indexOf('/');
        Optional<byte[]> address = bytesOf(slash < 0 ? line : line.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        try {
            int prefix = slash < 0 ? bits : Integer.parseInt(line.substring(slash + 1).strip());
            return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new AddressRange(address.get(), prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean contains(String ip) {
        return bytesOf(ip).filter(address -> address.length == network.length)
                .map(address -> top(address).equals(top(network))).orElse(false);
    }

    private BigInteger top(byte[] address) {
        return new BigInteger(1, address).shiftRight(address.length * 8 - prefix);
    }

    private static Optional<byte[]> bytesOf(String text) {
        String literal = text.strip();
        if (literal.isEmpty() || !LITERAL.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
