package kmcheck.tracefile;

import java.util.Map;
import java.util.Set;

/**
 * Line 1 of a trace: which spec and revision produced it, and the constants of the model.
 *
 * @param spec        the spec name, e.g. {@code PoolSlowdown}
 * @param module      the model module that instantiates it, e.g. {@code MCPoolSlowdown}
 * @param revision    the kernel revision, e.g. {@code km1.68}: the value of the constant
 *                    {@value #REVISION_CONSTANT} where the header binds it (the header's
 *                    {@code "revision"} field may only repeat it), else the field
 * @param constants   constant name to value, in header order
 * @param modelValues names of the model values that appear in set-valued constants
 *                    (e.g. {@code p1}, {@code p2} for {@code Procs = {p1, p2}})
 * @param logged      the variables every step carries, in header order; empty: all of the spec's
 */
public record TraceHeader(String spec, String module, String revision, Map<String, TraceValue> constants,
                          Set<String> modelValues, java.util.List<String> logged) {
    /** The constant that names the revision; it, not the header field, decides which model checks. */
    public static final String REVISION_CONSTANT = "Revision";

    public TraceHeader {
        constants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
        modelValues = Set.copyOf(modelValues);
        logged = java.util.List.copyOf(logged);
    }

    /** Whether the steps carry only some of the spec's variables. */
    public boolean partial() {
        return !logged.isEmpty();
    }
}
