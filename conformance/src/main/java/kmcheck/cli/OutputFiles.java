package kmcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing the files a command produces: the parent directories are made; a failure names the file. */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(Path file, String content) throws BadInputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
