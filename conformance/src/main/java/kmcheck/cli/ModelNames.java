package kmcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Completion candidates for a MODEL: the models of expected.tsv by the short names the tables print
 * ({@code km168_small}). Read when the completion script is generated (the build passes
 * {@code -Dkmcheck.specs}), so the script lists the models of that build; without the file, none.
 */
final class ModelNames implements Iterable<String> {
    private static final String PREFIX = "MCPoolSlowdown_";

    @Override
    public Iterator<String> iterator() {
        Path table = Path.of(System.getProperty("kmcheck.specs", "specs"), "expected.tsv");
        List<String> names = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(table)) {
                String name = line.split("\t", 2)[0].strip();
                if (name.startsWith(PREFIX)) {
                    names.add(name.substring(PREFIX.length()));
                }
            }
        } catch (IOException | RuntimeException noTable) {
            return List.<String>of().iterator(); // completion without model names is still completion
        }
        return names.iterator();
    }
}
