package kmcheck.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes a directory tree, best effort: the only callers remove scratch directories (TLC's
 * states and extracted standard modules, a replay's generated cfg), where a leftover is harmless
 * and a failure to clean up must not hide the run's own outcome. Stateless; thread-safe.
 */
public final class DeleteTree {
    private DeleteTree() {
    }

    /** Deletes {@code dir} and everything under it; returns whether it is gone. A missing dir is gone. */
    public static boolean quietly(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList(); // children before their parents
        } catch (IOException | RuntimeException e) {
            return false;
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // keep going: delete what can be deleted
            }
        }
        return !Files.exists(dir);
    }
}
