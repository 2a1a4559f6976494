package org.reelpress.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A page as UTF-8 in one growing array, written to the reader in one call. The templates' own
 * text arrives already encoded (jte's binary static content); what a page fills in is encoded
 * straight into the array, a character at a time, with no piece of its own on the way: most of a
 * page is ASCII, a byte a character.
 */
final class PageBytes implements TemplateOutput {

    /** From this many characters on a text is encoded by the JDK, which pays off once the text is long. */
    private static final int LONG_TEXT = 64;

    private byte[] bytes;
    private int length;

    /** A page written from the start of {@code array}, whatever it held; it grows into a new array when full. */
    PageBytes(byte[] array) {
        bytes = array;
    }

    @Override
    public void writeContent(String value) {
        if (value.length() >= LONG_TEXT) {
            // a comment's body or a review's text: the JDK's encoder checks and copies whole runs of ASCII at once
            writeBinaryContent(value.getBytes(StandardCharsets.UTF_8));
        } else {
            writeContent(value, 0, value.length());
        }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        // three bytes a character at most (a surrogate pair takes four for its two)
        room(3 * (endIndex - beginIndex));
        byte[] out = bytes;
        int at = length;
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else {
                int next = encodeBeyondAscii(value, i, endIndex, out, at);
                if (next - at == 4) {
                    i++; // the low half of the pair
                }
                at = next;
            }
        }
        length = at;
    }

    /** The escapes of HTML text: {@code & < >}, as jte writes them. */
    private static final byte[][] TEXT_ESCAPES = escapes("&amp;", "&lt;", "&gt;", null, null);
    /** The escapes of an attribute's quoted value: {@code & < " '}, as jte writes them. */
    private static final byte[][] ATTRIBUTE_ESCAPES = escapes("&amp;", "&lt;", null, "&#34;", "&#39;");
    /** Escaped in slices of this many characters, each given room for its worst case. */
    private static final int SLICE = 512;

    /**
     * Writes what a reader or writer typed, escaped for HTML text, or for an attribute's quoted value,
     * and encoded in the same pass: escaping first and encoding the pieces after read each text twice.
     */
    void writeEscaped(String value, boolean attribute) {
        byte[][] escapes = attribute ? ATTRIBUTE_ESCAPES : TEXT_ESCAPES;
        int end = value.length();
        for (int from = 0; from < end; ) {
            int to = Math.min(end, from + SLICE);
            if (to < end && Character.isHighSurrogate(value.charAt(to - 1))) {
                to++; // a pair stays in one slice
            }
            // an escape is five bytes at most, a character three, a surrogate pair four for its two
            room(5 * (to - from));
            byte[] out = bytes;
            int at = length;
            for (int i = from; i < to; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    byte[] escape = escapes[c];
                    if (escape == null) {
                        out[at++] = (byte) c;
                    } else {
                        System.arraycopy(escape, 0, out, at, escape.length);
                        at += escape.length;
                    }
                } else {
                    int next = encodeBeyondAscii(value, i, to, out, at);
                    if (next - at == 4) {
                        i++; // the low half of the pair
                    }
                    at = next;
                }
            }
            length = at;
            from = to;
        }
    }

    /**
     * Encodes the character of {@code value} at {@code i}, beyond ASCII, into {@code out} from {@code at},
     * with the low half of a surrogate pair that starts there before {@code end}, and returns where the
     * next byte goes: four bytes on exactly when it took the pair's two characters. Half a pair becomes
     * '?', as {@code String.getBytes(UTF_8)} writes it.
     */
    private static int encodeBeyondAscii(String value, int i, int end, byte[] out, int at) {
        char c = value.charAt(i);
        if (c < 0x800) {
            out[at++] = (byte) (0xC0 | c >> 6);
            out[at++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            out[at++] = (byte) (0xE0 | c >> 12);
            out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
            int point = Character.toCodePoint(c, value.charAt(i + 1));
            out[at++] = (byte) (0xF0 | point >> 18);
            out[at++] = (byte) (0x80 | point >> 12 & 0x3F);
            out[at++] = (byte) (0x80 | point >> 6 & 0x3F);
            out[at++] = (byte) (0x80 | point & 0x3F);
        } else {
            out[at++] = '?';
        }
        return at;
    }

    private static byte[][] escapes(String ampersand, String less, String greater, String quote, String apostrophe) {
        byte[][] escapes = new byte[128][];
        escapes['&'] = ampersand.getBytes(StandardCharsets.US_ASCII);
        escapes['<'] = less.getBytes(StandardCharsets.US_ASCII);
        escapes['>'] = greater == null ? null : greater.getBytes(StandardCharsets.US_ASCII);
        escapes['"'] = quote == null ? null : quote.getBytes(StandardCharsets.US_ASCII);
        escapes['\''] = apostrophe == null ? null : apostrophe.getBytes(StandardCharsets.US_ASCII);
        return escapes;
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    @Override
    public void writeUserContent(int value) {
        writeUserContent((long) value);
    }

    @Override
    public void writeUserContent(long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            writeContent(Long.toString(value));
            return;
        }
        // ids and counts: an int's division by ten is a multiplication, a long's costs more
        int number = (int) value;
        int digits = digits(number);
        room(digits);
        int at = length + digits;
        while (number >= 10) {
            int tenth = number / 10;
            bytes[--at] = (byte) ('0' + number - tenth * 10);
            number = tenth;
        }
        bytes[--at] = (byte) ('0' + number);
        length += digits;
    }

    private static int digits(int number) {
        int digits = 1;
        for (int power = 10; digits < 10 && number >= power; power *= 10) {
            digits++;
        }
        return digits;
    }

    int length() {
        return length;
    }

    /** The array the page is in now: the one it started in, or the last it grew into. */
    byte[] array() {
        return bytes;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
