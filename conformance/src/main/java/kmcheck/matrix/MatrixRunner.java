package kmcheck.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelEntry;
import kmcheck.check.TlcChild;
import kmcheck.check.TlcOutcome;
import kmcheck.check.TlcOutputParser;
import kmcheck.check.VerdictKind;
import kmcheck.scratch.Scratch;

/**
 * Fills the matrix with TLC, every cell of specs/matrix.tsv that applies. TLC stops at the first
 * violation, so the cells of one revision and one base are checked together and peeled off:
 * <ul>
 *   <li>invariants: one run with all of them; the invariant TLC names fails (breadth-first, one
 *       worker: its counterexample is as short as one of that invariant alone would be), is removed,
 *       and the rest run again, until a run passes, which makes every invariant still listed hold
 *       over the whole state space;</li>
 *   <li>temporal properties: one run with all of them; if it fails, TLC does not say which, so each
 *       then runs alone.</li>
 * </ul>
 * Each run is a generated cfg ({@link CellConfig}) in this process's private scratch directory,
 * TLC in a child through {@link TlcChild}; groups run {@code jobs} at a time. A group of temporal
 * properties that is exactly its base model's own PROPERTY list, on the base's own revision, is that
 * model: when {@code kmcheck check} has just passed it (the check results given), its verdict stands
 * for the group and TLC is not run twice on the same model (the live models are the slowest cells).
 */
public final class MatrixRunner {
    private final Path specsDir;
    private final int jobs;
    private final Consumer<String> log;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger decided = new AtomicInteger();
    private final Set<String> checkedOk;

    /**
     * @param checkedOk the models {@code kmcheck check} found ok in this run of the project (its
     *                  results file), whose verdicts the matrix may reuse; empty to run every cell
     */
    public MatrixRunner(Path specsDir, int jobs, Set<String> checkedOk, Consumer<String> log) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.specsDir = specsDir;
        this.jobs = jobs;
        this.checkedOk = Set.copyOf(checkedOk);
        this.log = log;
    }

    /** Every cell's result, in the plan's order. */
    public List<CellResult> run(MatrixPlan plan) throws IOException, InterruptedException, ExpectedTableException {
        ExpectedTable models = ExpectedTable.load(specsDir);
        Set<String> defined = MatrixPlan.definitions(specsDir);
        Path scratch = Scratch.newDirectory("matrix");
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        Map<Cell, CellResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        for (Cell c : plan.cells()) {
            if (c.expected() == Cell.Expected.NOT_APPLICABLE) {
                results.put(c, new CellResult(c, CellResult.Outcome.NOT_APPLICABLE, 0, 0, Duration.ZERO, ""));
            } else {
                groups.computeIfAbsent(c.revision() + " " + c.check() + " " + c.base(), k -> new ArrayList<>()).add(c);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Cell> group : groups.values()) {
                futures.add(pool.submit(() -> {
                    runGroup(group, models.find(group.get(0).base()).orElseThrow(), defined, scratch)
                            .forEach(r -> results.put(r.cell(), r));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof InterruptedException ie) {
                        throw ie;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            kmcheck.util.DeleteTree.quietly(scratch);
        }
        return plan.cells().stream().map(results::get).toList();
    }

    /** How many cells that apply have a result so far (for a progress line; any thread). */
    public int decided() {
        return decided.get();
    }

    /**
     * Writes the cfg that checks {@code cell} alone into {@code dir} (for kmcheck explain --cell).
     *
     * @throws IllegalArgumentException the cell does not apply (it has no base)
     */
    public Path writeConfig(Cell cell, Path dir) throws IOException, ExpectedTableException {
        if (cell.expected() == Cell.Expected.NOT_APPLICABLE) {
            throw new IllegalArgumentException(cell.revision() + " × " + cell.property() + " does not apply: " + cell.why());
        }
        ModelEntry base = ExpectedTable.load(specsDir).find(cell.base()).orElseThrow();
        Path cfg = dir.resolve("cell.cfg");
        Files.writeString(cfg, CellConfig.of(base.name(), Files.readString(base.cfg(specsDir)), cell.revision(),
                cell.check(), List.of(cell.property()), MatrixPlan.definitions(specsDir)));
        return cfg;
    }

    /** The cells of one revision, check kind and base. */
    private List<CellResult> runGroup(List<Cell> group, ModelEntry base, Set<String> defined, Path scratch)
            throws IOException, InterruptedException {
        Cell first = group.get(0);
        String baseText = Files.readString(base.cfg(specsDir));
        if (first.check() == Cell.Check.PROPERTY && checkedOk.contains(base.name())
                && base.revision().equals(first.revision())
                && Set.copyOf(kmcheck.check.ModelConfig.read(base.cfg(specsDir)).properties())
                .equals(Set.copyOf(group.stream().map(Cell::property).toList()))) {
            decided.addAndGet(group.size());
            log.accept(first.revision() + ", " + group.size() + " properties: ok, kmcheck check's verdict on "
                    + base.name() + ", the same model");
            return group.stream().map(c -> new CellResult(c, CellResult.Outcome.OK, 0, 0, Duration.ZERO,
                    "kmcheck check: " + base.name())).toList();
        }
        List<CellResult> out = new ArrayList<>();
        List<Cell> pending = new ArrayList<>(group);
        boolean split = false;
        while (!pending.isEmpty()) {
            if (first.check() == Cell.Check.PROPERTY && split) {
                for (Cell c : pending) {
                    out.add(runOne(List.of(c), base, baseText, defined, scratch).get(0));
                }
                return out;
            }
            List<CellResult> rs = runOne(pending, base, baseText, defined, scratch);
            CellResult failed = rs.stream().filter(r -> r.outcome() == CellResult.Outcome.FAILS).findFirst().orElse(null);
            if (failed == null) {
                out.addAll(rs);
                return out;
            }
            if (failed.cell() == null) {
                split = true; // an unnamed temporal violation: each property alone
                continue;
            }
            out.add(failed);
            pending.remove(failed.cell());
        }
        return out;
    }

    /**
     * One TLC run checking {@code cells} together. The result is every cell ok, every cell an error,
     * or one failing cell (for an unnamed temporal violation of several properties, a FAILS result
     * with a null cell).
     */
    private List<CellResult> runOne(List<Cell> cells, ModelEntry base, String baseText, Set<String> defined, Path scratch)
            throws IOException, InterruptedException {
        Cell first = cells.get(0);
        int run = runs.incrementAndGet();
        List<String> names = cells.stream().map(Cell::property).toList();
        Path cfg = scratch.resolve("cell-" + run + ".cfg");
        Files.writeString(cfg, CellConfig.of(base.name(), baseText, first.revision(), first.check(), names, defined));
        long start = System.nanoTime();
        TlcOutcome o = TlcChild.run(new TlcChild.Run(specsDir, cfg.toAbsolutePath().toString(), base.module(),
                first.check() == Cell.Check.PROPERTY ? names : List.of(), 1, List.of("-XX:+UseParallelGC"),
                null, false, TlcChild.REPRODUCIBLE), TlcOutputParser.ProgressSink.NONE);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        List<CellResult> out = new ArrayList<>();
        VerdictKind kind = o.verdict().kind();
        String said = o.verdict().toString();
        if (kind == VerdictKind.OK) {
            cells.forEach(c -> out.add(new CellResult(c, CellResult.Outcome.OK, 0, run, elapsed, "")));
        } else if (kind.namesProperty() && (o.verdict().property() == null && cells.size() > 1)) {
            out.add(new CellResult(null, CellResult.Outcome.FAILS, o.cexLength(), run, elapsed, said));
        } else if (kind.namesProperty() && names.contains(o.verdict().property())) {
            Cell c = cells.get(names.indexOf(o.verdict().property()));
            out.add(new CellResult(c, CellResult.Outcome.FAILS, o.cexLength(), run, elapsed, ""));
        } else {
            cells.forEach(c -> out.add(new CellResult(c, CellResult.Outcome.ERROR, 0, run, elapsed, said)));
        }
        decided.addAndGet((int) out.stream().filter(r -> r.cell() != null).count());
        log.accept(String.format(java.util.Locale.ROOT, "run %d: %s on %s's bounds, %d %s: %s (%.1f s)", run,
                first.revision(), base.name(), cells.size(), first.check() == Cell.Check.INVARIANT ? "invariants"
                        : "properties", said, elapsed.toMillis() / 1000.0));
        return out;
    }
}
