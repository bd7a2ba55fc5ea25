package kmcheck.explain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;
import kmcheck.check.TlcChild;
import kmcheck.check.TlcOutcome;
import kmcheck.check.TlcOutputParser;
import kmcheck.check.Verdict;
import kmcheck.check.VerdictKind;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceValue;

/**
 * {@code kmcheck explain}: runs TLC on one model through {@link TlcChild} (one worker, so that the
 * breadth-first counterexample is the same every run) and renders its error trace as a
 * {@link StepTable}. The spec's actions and their actors come from TLC's split of Next, read in
 * process with the model's constants ({@link Replayer#actions()}), which also replays the trace where
 * its states leave the actor open; the citations come from the specs' comments.
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * What TLC said about a model and, when it printed a counterexample, its table.
     *
     * @param subject  what was checked, for the text: the cfg file's name, or a matrix cell
     * @param expected the verdict expected of it
     */
    public record Explanation(String subject, Verdict expected, TlcOutcome outcome, StepTable table) {
        /** Whether TLC's verdict is the one expected. */
        public boolean asExpected() {
            return outcome.verdict().matches(expected);
        }

        /** The generated part of the model's write-up: what TLC found, and the table. */
        public String markdown() {
            StringBuilder b = new StringBuilder();
            b.append("TLC 2.18 (one worker, breadth-first) on ").append(subject).append(": ")
                    .append(outcome.verdict()).append(" violated, a counterexample of ")
                    .append(outcome.cexLength()).append(" states.\n\n");
            return b.append(table.markdown()).toString();
        }
    }

    /**
     * Runs TLC on {@code model} of {@code specsDir}.
     *
     * @throws ExplainInputException the cfg's constants are not of a kind the models use, or an
     *                               action of the trace cites no kernel function
     */
    public static Explanation explain(Path specsDir, ModelEntry model, TlcOutputParser.ProgressSink sink)
            throws IOException, InterruptedException, ExplainInputException, ReplayException, ConstantsRejectedException {
        return explain(specsDir, model.module(), model.cfg(specsDir), "`" + model.cfgFileName() + "`",
                model.expected(), sink);
    }

    /** Runs TLC on the model {@code cfg} (anywhere; TLC runs in specsDir) of {@code module}. */
    public static Explanation explain(Path specsDir, String module, Path cfg, String subject, Verdict expected,
                                      TlcOutputParser.ProgressSink sink)
            throws IOException, InterruptedException, ExplainInputException, ReplayException, ConstantsRejectedException {
        Citations citations = Citations.read(specsDir);
        Map<String, TraceValue> constants = ModelConstants.read(cfg);
        try (Replayer replayer = Replayer.load(new ReplayModel(specsDir, module, constants, List.of(), "Init", "Next"))) {
            Actors actors = new Actors(replayer.actions(), replayer.threadActor());
            ModelConfig config = ModelConfig.read(cfg);
            TlcOutcome outcome = TlcChild.run(new TlcChild.Run(specsDir, cfg.toAbsolutePath().toString(), module,
                    config.properties(), 1, List.of("-XX:+UseParallelGC"), null, false, TlcChild.REPRODUCIBLE), sink);
            StepTable table = outcome.trace().states().isEmpty() || outcome.verdict().kind() == VerdictKind.ERROR
                    ? null : StepTable.of(outcome.trace(), citations, actors, replayer, module);
            return new Explanation(subject, expected, outcome, table);
        }
    }
}
