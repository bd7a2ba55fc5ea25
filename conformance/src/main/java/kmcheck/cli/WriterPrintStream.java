package kmcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} that forwards to a {@link PrintWriter} on every flush, so that
 * {@link kmcheck.check.ConsoleProgress}, which writes to a stream, ends up on picocli's err writer
 * (the terminal in use, a buffer in tests). {@code PrintStream} encodes whole strings before a flush,
 * so no character is ever split between two flushes. Not thread-safe.
 */
final class WriterPrintStream extends PrintStream {

    WriterPrintStream(PrintWriter target) {
        super(new Forwarder(target), true, StandardCharsets.UTF_8);
    }

    private static final class Forwarder extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        Forwarder(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() {
            target.print(pending.toString(StandardCharsets.UTF_8));
            target.flush();
            pending.reset();
        }
    }
}
