package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import kmcheck.check.ModelConfig;
import kmcheck.config.Constants;

/**
 * The Java model's constants from a TLC model file of specs/: the cfg's CONSTANTS, read, not
 * restated, so a campaign can run the workload a model checks (e.g. km168_wake's, where the
 * reserve runs empty and a publish wakes the sleepers). Stateless.
 */
final class ModelConstants {
    private ModelConstants() {
    }

    /** The cfg's constants, for revision; a constant the cfg lacks is an IllegalArgumentException. */
    static Constants of(Path cfg, String revision) throws IOException {
        ModelConfig m = ModelConfig.read(cfg);
        return Constants.defaults().revision(revision)
                .procs(get(m.setSize("Procs"), "Procs", cfg)).intrs(get(m.setSize("Intrs"), "Intrs", cfg))
                .lowat(get(m.integer("LOWAT"), "LOWAT", cfg)).hiwat(get(m.integer("HIWAT"), "HIWAT", cfg))
                .batch(get(m.integer("BATCH"), "BATCH", cfg)).initFree(get(m.integer("INITFREE"), "INITFREE", cfg))
                .mem(get(m.integer("MEM"), "MEM", cfg)).items(get(m.integer("ITEMS"), "ITEMS", cfg))
                .maxIdle(get(m.integer("MAXIDLE"), "MAXIDLE", cfg)).maxIntr(get(m.integer("MAXINTR"), "MAXINTR", cfg))
                .maxUse(get(m.integer("MAXUSE"), "MAXUSE", cfg)).build();
    }

    private static int get(OptionalInt v, String name, Path cfg) {
        return v.orElseThrow(() -> new IllegalArgumentException(cfg + ": no constant " + name));
    }
}
