package kmcheck.tracefile;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text stream one line at a time, remembering whether the last line was terminated.
 * {@link java.io.BufferedReader#readLine()} hides that, and an unterminated last line is how a
 * trace cut short by a crashed writer looks. Not thread-safe.
 */
final class LineSource {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private char[] line = new char[256];
    private int length;
    private int number;
    private boolean terminated;

    private final int maxLength;

    LineSource(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** A line longer than the limit: reported before it is held whole. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(int max) {
            super("line longer than " + max + " characters");
        }
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAny) {
                        return false;
                    }
                    terminated = false;
                    number++;
                    return true;
                }
            }
            sawAny = true;
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            append(pos, end);
            if (end < limit) {
                pos = end + 1;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                terminated = true;
                number++;
                return true;
            }
            pos = limit;
        }
    }

    private void append(int from, int to) throws TooLong {
        int n = to - from;
        if (length + n > maxLength) {
            throw new TooLong(maxLength);
        }
        if (length + n > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buf, from, line, length, n);
        length += n;
    }

    /** The current line's characters, valid up to {@link #length()} until the next call. */
    char[] chars() { return line; }

    int length() { return length; }

    /** The 1-based number of the current line. */
    int number() { return number; }

    /** Whether the current line ended with a newline (false only for a cut-off last line). */
    boolean terminated() { return terminated; }
}
