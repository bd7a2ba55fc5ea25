package kmcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated section of BENCHMARKS.md between two HTML comments, replaced in place on every run. */
final class MarkdownSection {
    private MarkdownSection() {
    }

    /** Puts body (which starts with start and ends with end) in place of the old section, or appends it. */
    static void replace(Path out, String start, String end, String body) throws IOException {
        String text = Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            int after = text.indexOf('\n', to);
            text = text.substring(0, from) + body + (after < 0 ? "" : text.substring(after + 1));
        } else {
            text = text + (text.endsWith("\n") ? "" : "\n") + body;
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
