package kmcheck.util;

import java.util.List;

/**
 * Rows of cells as aligned plain text for a terminal: each column as wide as its widest cell,
 * columns separated by a gap, trailing blanks cut. Stateless; thread-safe.
 */
public final class TextTable {
    private TextTable() {
    }

    /**
     * The rows, one line each (every line ends with a newline).
     *
     * @param rightAligned which columns are right-aligned (numbers); shorter than a row means the
     *                     rest are left-aligned
     */
    public static String align(List<? extends List<String>> rows, String gap, boolean... rightAligned) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                boolean right = c < rightAligned.length && rightAligned[c];
                line.append(c == 0 ? "" : gap).append(right ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
