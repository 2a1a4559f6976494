package org.reelpress.wordpress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes of a file have been read, for a progress bar. */
final class CountingInput extends FilterInputStream {

    private final LongConsumer progress;
    private long count;
    private long told;

    CountingInput(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            moved(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            moved(n);
        }
        return n;
    }

    private void moved(long n) {
        count += n;
        if (count - told >= 256 * 1024) {
            told = count;
            progress.accept(count);
        }
    }
}
