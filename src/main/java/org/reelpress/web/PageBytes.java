package org.reelpress.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A page as UTF-8 in one growing array, written to the reader in one call. Each piece is encoded
 * as it comes: most of a page is ASCII, which encodes by copying, where a character buffer turns
 * to two bytes a character at the first Korean letter and must then be encoded whole.
 */
final class PageBytes implements TemplateOutput {

    private byte[] bytes;
    private int length;

    PageBytes(int expectedSize) {
        bytes = new byte[expectedSize];
    }

    @Override
    public void writeContent(String value) {
        add(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        writeContent(value.substring(beginIndex, endIndex));
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        add(value);
    }

    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void add(byte[] piece) {
        if (length + piece.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + piece.length));
        }
        System.arraycopy(piece, 0, bytes, length, piece.length);
        length += piece.length;
    }
}
