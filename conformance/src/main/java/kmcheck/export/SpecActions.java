package kmcheck.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SymbolNode;
import util.SimpleFilenameToStream;

/**
 * The actions TLC splits a next-state relation into, by operator name, with their arity: the
 * names a trace step may name (docs/architecture.md#actions), found by parsing the spec with SANY.
 *
 * <p>The walk follows TLC's own split ({@code Tool.getActions}): it descends through
 * disjunctions, existential quantifiers and applications of user-defined operators whose body
 * splits further; any other body is one action, named after the innermost user-defined operator.
 * So for {@code Next == \E p \in Procs : ProcStep(p)} with {@code ProcStep(p) == PStart(p) \/ ...}
 * the actions are {@code PStart} (arity 1), ..., not {@code ProcStep}. Stateless apart from a
 * cache; thread-safe.
 */
final class SpecActions {
    private static final Map<String, Map<String, Integer>> CACHE = new ConcurrentHashMap<>();

    private SpecActions() {
    }

    /**
     * Action name to arity for {@code next} of {@code module} in {@code specsDir}.
     *
     * @throws ExportException if SANY rejects the spec or {@code next} is not defined
     */
    static Map<String, Integer> of(Path specsDir, String module, String next) throws ExportException {
        String key = specsDir.toAbsolutePath().normalize() + "\u0000" + module + "\u0000" + next;
        Map<String, Integer> known = CACHE.get(key);
        if (known == null) {
            known = parse(specsDir, module, next);
            CACHE.put(key, known);
        }
        return known;
    }

    private static synchronized Map<String, Integer> parse(Path specsDir, String module, String next)
            throws ExportException {
        Path file = specsDir.resolve(module + ".tla");
        SpecObj spec = new SpecObj(file.toString(), new SimpleFilenameToStream(specsDir.toString()));
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        PrintStream saved = util.ToolIO.out;
        util.ToolIO.out = sink; // SANY reports "Parsing file ..." there
        try {
            SANY.frontEndMain(spec, file.toString(), sink);
        } catch (Exception e) {
            throw new ExportException("SANY cannot parse " + file + ": " + e.getMessage(), e);
        } finally {
            util.ToolIO.out = saved;
        }
        if (spec.getErrorLevel() > 0 || spec.getExternalModuleTable() == null
                || spec.getExternalModuleTable().getRootModule() == null) {
            throw new ExportException("SANY cannot parse " + file + " (error level " + spec.getErrorLevel() + ")",
                    null);
        }
        ModuleNode root = spec.getExternalModuleTable().getRootModule();
        OpDefNode nextDef = null;
        for (OpDefNode d : root.getOpDefs()) {
            if (d.getName().toString().equals(next)) {
                nextDef = d;
            }
        }
        if (nextDef == null) {
            throw new ExportException(module + " defines no operator " + next, null);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        split(nextDef.getBody(), next, nextDef.getArity(), out, 0);
        return Collections.unmodifiableMap(out);
    }

    /** Adds the actions of {@code e}, which is the body of operator {@code name}. */
    private static void split(ExprNode e, String name, int arity, Map<String, Integer> out, int depth) {
        if (depth > 64 || !(e instanceof OpApplNode app)) {
            out.putIfAbsent(name, arity);
            return;
        }
        SymbolNode op = app.getOperator();
        String opName = op.getName().toString();
        if (op.getKind() == ASTConstants.BuiltInKind) {
            switch (opName) {
                case "$DisjList", "\\lor" -> {
                    for (ExprOrOpArgNode arg : app.getArgs()) {
                        if (arg instanceof ExprNode x) {
                            split(x, name, arity, out, depth + 1);
                        }
                    }
                    return;
                }
                case "$BoundedExists", "$UnboundedExists" -> {
                    if (app.getArgs().length == 1 && app.getArgs()[0] instanceof ExprNode body) {
                        split(body, name, arity, out, depth + 1);
                        return;
                    }
                }
                default -> { }
            }
            out.putIfAbsent(name, arity);
            return;
        }
        if (op instanceof OpDefNode def && def.getKind() == ASTConstants.UserDefinedOpKind
                && !def.getInRecursive() && def.getBody() != null) {
            split(def.getBody(), opName, def.getArity(), out, depth + 1);
            return;
        }
        out.putIfAbsent(name, arity);
    }
}
