package org.casebook.bulkimport.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through until more than {@code limit} bytes have come, then fails with {@link TooLarge}. */
final class LimitedStream extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge() {
            super("over the limit");
        }
    }

    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge();
        }
    }
}
