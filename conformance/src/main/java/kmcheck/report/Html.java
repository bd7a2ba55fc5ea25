package kmcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little HTML the report needs: escaping, and the Markdown of the generated counterexample
 * blocks (paragraphs, pipe tables, `code`) turned into elements. Every piece of input text goes
 * through {@link #escape}: a trace, a write-up or a results file never becomes markup.
 */
final class Html {
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Escaped text with `code` spans as {@code <code>}. */
    static String inline(String s) {
        Matcher m = CODE.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            b.append(escape(s.substring(last, m.start()))).append("<code>").append(escape(m.group(1))).append("</code>");
            last = m.end();
        }
        return b.append(escape(s.substring(last))).toString();
    }

    /** Markdown of paragraphs and pipe tables (the first row the header, the second the rule) as HTML. */
    static String markdown(String md) {
        StringBuilder b = new StringBuilder();
        List<String> table = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : (md + "\n").split("\n", -1)) {
            if (line.startsWith("|")) {
                flushParagraph(para, b);
                table.add(line);
                continue;
            }
            flushTable(table, b);
            if (line.isBlank()) {
                flushParagraph(para, b);
            } else {
                para.append(para.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flushTable(table, b);
        flushParagraph(para, b);
        return b.toString();
    }

    private static void flushParagraph(StringBuilder para, StringBuilder b) {
        if (para.length() > 0) {
            b.append("<p>").append(inline(para.toString())).append("</p>\n");
            para.setLength(0);
        }
    }

    private static void flushTable(List<String> rows, StringBuilder b) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<table class=\"steps\">\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1 && rows.get(r).matches("[|:\\- ]+")) {
                continue;
            }
            String tag = r == 0 ? "th" : "td";
            b.append("<tr>");
            for (String cell : cells(rows.get(r))) {
                b.append('<').append(tag).append('>').append(inline(cell.strip().replace("\\|", "|")))
                        .append("</").append(tag).append('>');
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        rows.clear();
    }

    /** The cells of a pipe-table row; {@code \|} is a pipe inside a cell. */
    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
