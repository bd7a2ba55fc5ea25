package kmcheck.replay.tlc;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import kmcheck.replay.ReplayException;
import kmcheck.replay.SpecDeclarations;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Parses a spec with SANY alone, without a cfg, to learn what it declares. Must run in the spec's
 * class loader (SANY's tables are static). Not thread-safe; called once per loader, under its lock.
 */
public final class Sany {
    private Sany() {
    }

    /** The constants and operators {@code module} of {@code specsDir} declares, with those it extends. */
    public static SpecDeclarations declarations(Path specsDir, String module) throws ReplayException {
        TlcOutput output = TlcOutput.install();
        Path file = specsDir.resolve(module + ".tla");
        SpecObj spec = new SpecObj(file.toString(), new SimpleFilenameToStream(specsDir.toString()));
        try {
            SANY.frontEndMain(spec, file.toString(), ToolIO.out);
        } catch (Exception | StackOverflowError e) {
            throw new ReplayException("SANY cannot parse " + file + ": " + e.getMessage() + "\n" + output.tail(), e);
        }
        if (spec.getErrorLevel() > 0 || spec.getExternalModuleTable() == null
                || spec.getExternalModuleTable().getRootModule() == null) {
            throw new ReplayException("SANY cannot parse " + file + "\n" + output.tail(), null);
        }
        ModuleNode root = spec.getExternalModuleTable().getRootModule();
        Set<String> constants = new HashSet<>();
        for (OpDeclNode c : root.getConstantDecls()) {
            constants.add(c.getName().toString());
        }
        Set<String> operators = new HashSet<>();
        for (OpDefNode d : root.getOpDefs()) {
            operators.add(d.getName().toString());
        }
        return new SpecDeclarations(constants, operators);
    }
}
