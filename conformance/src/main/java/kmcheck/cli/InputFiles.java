package kmcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on input files made before any work starts, so that a typo costs no TLC start-up. */
final class InputFiles {
    private InputFiles() {
    }

    /** {@code file} must be a readable regular file; {@code what} names it in the message (e.g. "trace"). */
    static void requireReadable(Path file, String what) throws BadInputException {
        if (!Files.exists(file)) {
            throw new BadInputException(what + " " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(what + " " + file + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(what + " " + file + ": cannot read it");
        }
    }
}
