package org.reelpress.comment;

import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

import org.reelpress.cache.LossyCache;
import org.springframework.stereotype.Component;

/**
 * Draws each commenter a picture of their own, on the blog itself: no request ever leaves for
 * an avatar service. The picture's name is a keyed hash, so it does not give the address away.
 */
@Component
class Avatars {

    /** The picture of an author nobody may know any more: a grey figure, the same for all of them. */
    static final String NEUTRAL = "0000000000000000";

    private static final int CELLS = 5;
    private static final int CELL_SIZE = 8;

    private final Signatures signatures;
    // a page names the picture of each of its commenters: keep the addresses of the recent ones, which come
    // back, by the e-mail as stored (or the name, lacking one), so that a kept one is found as it is read
    private final LossyCache<String, String> addressesByEmail = new LossyCache<>(16_384);
    private final LossyCache<String, String> addressesByName = new LossyCache<>(1_024);
    private final Function<String, String> drawnForEmail = email -> address(name(who(email, null)));
    private final Function<String, String> drawnForName = authorName -> address(name(who(null, authorName)));

    Avatars(Signatures signatures) {
        this.signatures = signatures;
    }

    /** The address of {@link #NEUTRAL}'s picture. */
    static final String NEUTRAL_ADDRESS = address(NEUTRAL);

    /** A 16-hex-digit name for the picture of whoever writes with this e-mail (or, lacking one, this name). */
    String nameFor(String email, String authorName) {
        return name(who(email, authorName));
    }

    /** The address of {@link #nameFor}'s picture, on the blog itself. */
    String addressFor(String email, String authorName) {
        return email == null || email.isBlank()
                ? addressesByName.get(String.valueOf(authorName), drawnForName)
                : addressesByEmail.get(email, drawnForEmail);
    }

    private static String who(String email, String authorName) {
        return email == null || email.isBlank() ? "name:" + authorName : email.strip().toLowerCase(Locale.ROOT);
    }

    private String name(String who) {
        return HexFormat.of().formatHex(signatures.of("avatar", who), 0, 8);
    }

    private static String address(String name) {
        return "/avatars/" + name + ".svg";
    }

    static boolean isName(String name) {
        return name.length() == 16 && name.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** A symmetric five-by-five pattern in one colour, drawn from the name's bits; a grey figure for {@link #NEUTRAL}. */
    static String svg(String name) {
        if (NEUTRAL.equals(name)) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"hsl(0 0% 88%)\"/><g fill=\"hsl(0 0% 62%)\">"
                    + "<circle cx=\"20\" cy=\"15\" r=\"7\"/><path d=\"M6 40a14 13 0 0 1 28 0z\"/></g></svg>";
        }
        byte[] bits = HexFormat.of().parseHex(name);
        int hue = ((bits[0] & 0xff) << 8 | (bits[1] & 0xff)) % 360;
        int size = CELLS * CELL_SIZE;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" width=\"").append(size).append("\" height=\"").append(size).append("\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"hsl(").append(hue).append(" 35% 92%)\"/>")
                .append("<g fill=\"hsl(").append(hue).append(" 55% 42%)\">");
        for (int row = 0; row < CELLS; row++) {
            for (int column = 0; column <= CELLS / 2; column++) {
                int bit = row * 3 + column;
                if (((bits[2 + bit / 8] >> (bit % 8)) & 1) == 1) {
                    cell(svg, column, row);
                    if (column != CELLS / 2) {
                        cell(svg, CELLS - 1 - column, row);
                    }
                }
            }
        }
        return svg.append("</g></svg>").toString();
    }

    private static void cell(StringBuilder svg, int column, int row) {
        svg.append("<rect x=\"").append(column * CELL_SIZE).append("\" y=\"").append(row * CELL_SIZE)
                .append("\" width=\"").append(CELL_SIZE).append("\" height=\"").append(CELL_SIZE).append("\"/>");
    }
}
