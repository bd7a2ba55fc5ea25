package kmcheck.replay.tlc;

import java.util.ArrayList;
import java.util.List;
import kmcheck.replay.SpecEngine;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.EvalControl;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.Context;
import tlc2.value.impl.BoolValue;

/**
 * The spec's coverage witnesses: parameterless operators whose names begin with
 * {@value SpecEngine#WITNESS_PREFIX}, action formulas over a step (s, s'). Immutable after
 * construction; evaluation uses the tool, so it runs on the engine's thread.
 */
final class Witnesses {
    private final FastTool tool;
    private final List<OpDefNode> defs;

    private Witnesses(FastTool tool, List<OpDefNode> defs) {
        this.tool = tool;
        this.defs = defs;
    }

    static Witnesses of(FastTool tool) {
        List<OpDefNode> defs = new ArrayList<>();
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getName().toString().startsWith(SpecEngine.WITNESS_PREFIX) && d.getArity() == 0) {
                defs.add(d);
            }
        }
        if (defs.size() > Integer.SIZE) {
            throw new IllegalArgumentException("more than " + Integer.SIZE + " coverage witnesses");
        }
        return new Witnesses(tool, List.copyOf(defs));
    }

    List<String> names() {
        return defs.stream().map(d -> d.getName().toString()).toList();
    }

    /** Bit i set iff witness i holds of the step from s to t. */
    int of(TLCState s, TLCState t) {
        int mask = 0;
        for (int i = 0; i < defs.size(); i++) {
            Object v = tool.eval(defs.get(i).getBody(), Context.Empty, s, t, EvalControl.Clear);
            if (!(v instanceof BoolValue b)) {
                throw new IllegalArgumentException(defs.get(i).getName() + " is not a boolean: " + v);
            }
            if (b.val) {
                mask |= 1 << i;
            }
        }
        return mask;
    }
}
