package kmcheck.replay;

import java.util.Set;

/**
 * What a spec module declares, read by SANY before any cfg is written: the names a trace header
 * may bind (its CONSTANTS) and the operators a model may name (INIT, NEXT, invariants).
 *
 * @param constants the constants of the root module, with those of the modules it extends
 * @param operators the operator definitions of the root module, with those it extends
 */
public record SpecDeclarations(Set<String> constants, Set<String> operators) {
    public SpecDeclarations {
        constants = Set.copyOf(constants);
        operators = Set.copyOf(operators);
    }
}
