package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kmcheck.tracefile.TraceValue;
import org.junit.jupiter.api.Test;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Why {@link SpecClassLoader} exists: two FastTools in one class loader share TLC's statics, and
 * loading the second breaks the first. Uses the test class loader's own copy of TLC, which no
 * Replayer uses.
 */
class SharedTlcIsUnsafeTest {

    @Test
    void secondSpecInTheSameClassLoaderBreaksTheFirst() throws Exception {
        ToolIO.out = new PrintStream(OutputStream.nullOutputStream());
        ToolIO.err = ToolIO.out;
        tlc2.util.FP64.Init(0);
        ReplayModel a = LockCounterSim.model();
        ReplayModel b = new ReplayModel(Fixtures.specsDir(), "Toggle", Map.of("Limit", new TraceValue.Int(2)),
                List.of(), "Init", "Next");
        Path cfgA = kmcheck.scratch.Scratch.newDirectory("test");
        Path cfgB = kmcheck.scratch.Scratch.newDirectory("test");
        ModelFiles.write(a, cfgA);
        ModelFiles.write(b, cfgB);
        try {
            FastTool toolA = tool(a, cfgA);
            TLCState initA = toolA.getInitStates().elementAt(0);
            assertEquals(1, toolA.getNextStates(toolA.getActions()[0], initA).size());

            tool(b, cfgB);
            assertEquals(2, TLCState.vars.length, "Toggle's variables replaced LockCounter's");
            assertThrows(RuntimeException.class, () -> toolA.getNextStates(toolA.getActions()[0], initA));
        } finally {
            kmcheck.util.DeleteTree.quietly(cfgA);
            kmcheck.util.DeleteTree.quietly(cfgB);
        }
    }

    private static FastTool tool(ReplayModel m, Path cfgDir) {
        String specs = m.specsDir().toString();
        return new FastTool(specs, m.module(), cfgDir.resolve(ModelFiles.CFG_BASE).toString(),
                new SimpleFilenameToStream(new String[] {specs}));
    }
}
