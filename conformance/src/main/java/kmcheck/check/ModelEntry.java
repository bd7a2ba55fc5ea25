package kmcheck.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One row of expected.tsv, resolved against the specs directory: model {@code name} is the file
 * {@code <name>.cfg} of module {@code <name up to the first '_'>.tla}; it checks {@code revision}
 * (read from the cfg); {@code deep} models (last {@code _} component {@code deep}) run only on request.
 *
 * @param line the line of expected.tsv it came from, for messages
 */
public record ModelEntry(String name, Verdict expected, String description, String revision, int line) {

    public ModelEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
    }

    /** The TLA+ module the model instantiates: the name up to its first {@code _}. */
    public String module() {
        int cut = name.indexOf('_');
        return cut < 0 ? name : name.substring(0, cut);
    }

    /** The model file name, relative to the specs directory. */
    public String cfgFileName() {
        return name + ".cfg";
    }

    /** Whether this is a deep model: the last {@code _} component of its name is {@code deep}. */
    public boolean deep() {
        int cut = name.lastIndexOf('_');
        return cut >= 0 && name.substring(cut + 1).equals("deep");
    }

    /** The model file in {@code specsDir}. */
    public Path cfg(Path specsDir) {
        return specsDir.resolve(cfgFileName());
    }
}
