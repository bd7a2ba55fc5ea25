package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kmcheck.config.Constants;
import kmcheck.trace.SpecAction;
import kmcheck.tracefile.TraceReader;
import kmcheck.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * The Java model's list of actions ({@link SpecAction}) is TLC's split of the spec's Next, and its
 * thread actor is the spec's ThreadActor: a misspelt or missing action fails here, not silently.
 */
class SpecActionsTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @Test
    void theJavaModelsActionsAreTheSpecsActions() throws Exception {
        var lines = Workload.controlledTrace(Constants.defaults().revision("km1.68").build(),
                kmcheck.campaign.Schedule.random(new java.util.Random(1)).chooser(), 5);
        ReplayModel model;
        try (TraceReader r = TraceReader.of(lines, Path.of("t.ndjson"))) {
            model = new ReplayModels(SPECS).forHeader(r.header());
        }
        try (Replayer replayer = Replayer.load(model)) {
            Set<String> java = Arrays.stream(SpecAction.values()).map(Enum::name)
                    .filter(n -> !n.equals("Init")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(replayer.actions().keySet()), java);
            assertEquals(replayer.threadActor(), SpecAction.THREAD_ACTOR);
            assertEquals(SpecEngine.INIT_ACTOR, SpecAction.INIT_ACTOR);
        }
    }
}
