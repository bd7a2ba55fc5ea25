package kmcheck.replay.tlc;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import util.ToolIO;

/**
 * Captures what TLC prints (SANY's progress, error messages) instead of letting it reach stdout,
 * keeping only the tail so that a long replay cannot grow it without bound. The tail goes into
 * exception messages when loading fails.
 *
 * <p>{@code ToolIO.out} is a static of this class loader's copy of TLC, so redirecting it affects
 * only the spec loaded here. Not thread-safe.
 */
final class TlcOutput extends OutputStream {
    private static final int KEEP = 16 * 1024;

    private final byte[] ring = new byte[KEEP];
    private long written;

    /** Redirects this class loader's {@code ToolIO.out} and {@code ToolIO.err} here. */
    static TlcOutput install() {
        TlcOutput out = new TlcOutput();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ToolIO.out = ps;
        ToolIO.err = ps;
        return out;
    }

    @Override
    public void write(int b) {
        ring[(int) (written++ % KEEP)] = (byte) b;
    }

    /** The last lines TLC printed, at most 16 KiB. */
    String tail() {
        int n = (int) Math.min(written, KEEP);
        byte[] out = new byte[n];
        int start = (int) ((written - n) % KEEP);
        for (int i = 0; i < n; i++) {
            out[i] = ring[(start + i) % KEEP];
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }
}
