package kmcheck.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kmcheck.tracefile.TraceHeader;
import kmcheck.tracefile.TraceValue;

/**
 * A TLC model to replay traces against: which module of which specs directory, with which
 * constants, checking which invariants.
 *
 * @param specsDir   the directory holding the spec modules (e.g. {@code specs/}); read, never written
 * @param module     the root module, e.g. {@code MCPoolSlowdown}
 * @param constants  constant name to value, as in a trace header
 * @param invariants names of operators of the module to check on every state
 * @param init       the initial-state predicate, normally {@code Init}
 * @param next       the next-state action, normally {@code Next}
 */
public record ReplayModel(Path specsDir, String module, Map<String, TraceValue> constants,
                          List<String> invariants, String init, String next) {

    public ReplayModel {
        constants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
        invariants = List.copyOf(invariants);
    }

    /** This model, checking none of the invariants named in unchecked. */
    public ReplayModel without(Set<String> unchecked) {
        return new ReplayModel(specsDir, module, constants,
                invariants.stream().filter(i -> !unchecked.contains(i)).toList(), init, next);
    }

    /** The model a trace header describes, with {@code Init} and {@code Next}. */
    public static ReplayModel fromHeader(Path specsDir, String module, TraceHeader header,
                                         List<String> invariants) {
        return new ReplayModel(specsDir, module, header.constants(), invariants, "Init", "Next");
    }
}
