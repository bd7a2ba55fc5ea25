package kmcheck.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a mutant table (mutants.tsv, pit-survivors.tsv): tab-separated, a heading line
 * first, blank lines and {@code #} comments skipped, every row with the same number of columns.
 *
 * @param line   the row's line number in the file, from 1
 * @param fields the row's columns
 */
record MutantTable(int line, List<String> fields) {

    /** The rows of table; IllegalArgumentException naming file and line for a row of another width. */
    static List<MutantTable> read(Path table, int columns) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<MutantTable> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != columns) {
                throw new IllegalArgumentException(table + ":" + (i + 1) + ": " + columns
                        + " tab-separated columns expected, found " + f.length);
            }
            rows.add(new MutantTable(i + 1, List.of(f)));
        }
        return rows;
    }

    String field(int i) {
        return fields.get(i);
    }
}
