package org.casebook.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A buffered reader of bytes and lines over a stream of any size, with a bound on each line: a line longer than the
 * bound is skipped to its end and reported as too long, so that no input makes it hold more than the bound.
 */
final class ByteLines {

    /** What {@link #line} gives for a line over the bound. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private byte[] buffer;
    private int start;
    private int end;
    private boolean eof;

    ByteLines(InputStream in, int bufferBytes) {
        this.in = in;
        this.buffer = new byte[bufferBytes];
    }

    /** Up to {@code wanted} bytes ahead, without consuming them; fewer only at the end of the stream. */
    byte[] peek(int wanted) throws IOException {
        fill(wanted);
        return Arrays.copyOfRange(buffer, start, Math.min(end, start + wanted));
    }

    /** The next line without its line end ({@code \n} or {@code \r\n}); null at the end; {@link #TOO_LONG} past {@code max} bytes. */
    byte[] line(int max) throws IOException {
        int scanned = 0;
        boolean tooLong = false;
        while (true) {
            for (int i = start + scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = tooLong ? TOO_LONG : Arrays.copyOfRange(buffer, start, i > start && buffer[i - 1] == '\r' ? i - 1 : i);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end - start;
            if (scanned > max) {
                // Over the bound: drop what was read of the line and keep looking for its end.
                tooLong = true;
                start = end;
                scanned = 0;
            }
            if (!fill(end - start + 1)) {
                if (end == start && !tooLong) {
                    return null;
                }
                byte[] last = tooLong ? TOO_LONG : Arrays.copyOfRange(buffer, start, end);
                start = end;
                return last;
            }
        }
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (start == end && !fill(1)) {
            return -1;
        }
        return buffer[start++] & 0xff;
    }

    /** Exactly {@code length} bytes, or null when the stream ends first (what there was is consumed). */
    byte[] read(int length) throws IOException {
        byte[] out = new byte[length];
        int copied = 0;
        while (copied < length) {
            if (start == end && !fill(1)) {
                return null;
            }
            int n = Math.min(length - copied, end - start);
            System.arraycopy(buffer, start, out, copied, n);
            start += n;
            copied += n;
        }
        return out;
    }

    /** Skips {@code length} bytes; false when the stream ends first. */
    boolean skip(long length) throws IOException {
        long left = length;
        while (left > 0) {
            if (start == end && !fill(1)) {
                return false;
            }
            int n = (int) Math.min(left, end - start);
            start += n;
            left -= n;
        }
        return true;
    }

    /** Makes at least {@code wanted} unread bytes available if the stream has them; false when none could be added. */
    private boolean fill(int wanted) throws IOException {
        if (end - start >= wanted) {
            return true;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (wanted > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(wanted, buffer.length * 2));
        }
        boolean added = false;
        while (!eof && end < wanted) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
                added = added || n > 0;
            }
        }
        return added;
    }
}
