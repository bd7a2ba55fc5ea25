package kmcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The models a {@code kmcheck check --results} file says TLC found ok (its {@code model} and {@code actual} columns). */
final class OkModels {
    private OkModels() {
    }

    static List<String> read(Path file) throws IOException, BadInputException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
        int model = header.indexOf("model");
        int actual = header.indexOf("actual");
        if (model < 0 || actual < 0) {
            throw new BadInputException(file + ":1: not a kmcheck check results file (no model and actual columns)");
        }
        List<String> ok = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != header.size()) {
                throw new BadInputException(file + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + f.length);
            }
            if (f[actual].equals("ok")) {
                ok.add(f[model]);
            }
        }
        return ok;
    }
}
