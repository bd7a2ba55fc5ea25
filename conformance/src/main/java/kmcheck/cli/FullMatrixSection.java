package kmcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kmcheck.matrix.MatrixResults;
import kmcheck.matrix.MatrixTable;

/** The full matrix below the annals of {@code kmcheck history}, or a line saying it was not run. */
final class FullMatrixSection {
    private FullMatrixSection() {
    }

    static String render(Path results, boolean markdown) throws IOException {
        String title = "Full matrix: every revision × every property (" + results + ", kmcheck matrix)";
        if (!Files.isRegularFile(results)) {
            return "\nFull matrix: not run (" + results
                    + " is missing; make check writes it, or kmcheck matrix --results " + results + ")\n";
        }
        MatrixTable t = MatrixTable.of(MatrixResults.read(results));
        return "\n" + (markdown ? "### " + title + "\n\n" + t.markdown() : title + "\n\n" + t.text());
    }
}
