package kmcheck.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import kmcheck.check.ExpectedTableException;
import kmcheck.coverage.Coverage;
import kmcheck.coverage.CoverageReport;
import kmcheck.config.Constants;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.Divergence;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.StateSpace;
import kmcheck.replay.Replayer;
import kmcheck.replay.Visits;
import kmcheck.sched.Panic;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceStep;
import kmcheck.trace.TraceLevel;
import kmcheck.trace.TraceWriter;
import kmcheck.workload.RunResult;
import kmcheck.workload.Workload;

/**
 * Runs the Java model under a schedule and replays its trace against specs/ with TLC, in
 * process.  One {@link Replayer} per model (module and constants), loaded on first use and
 * kept: TLC parses the spec once, and each model has its own class loader.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class Conformer implements AutoCloseable {
    /** the specs/ directory */
    private final Path specsDir;
    /** loaded specs, by module and constants */
    private final Map<String, Replayer> replayers = new HashMap<>();
    /** the reachable graphs of the models runs were steered in, by module and constants */
    private final Map<String, ReachableGraph> graphs = new HashMap<>();
    /** the goal of directed runs, the states where an invariant fails, by module, constants and invariant */
    private final Map<String, ReachableGraph.Goal> targets = new HashMap<>();
    /** per model, how often covering runs were sent to an edge (its {@link ReachableGraph.Aim#key}) and missed it */
    private final Map<String, Map<Long, Integer>> aimsMissed = new HashMap<>();
    /** covering runs sent to an edge before it is given up: an earlier goal (a witness) may lead one astray */
    static final int AIM_TRIES = 2;
    /** the schedules guided runs keep, by module and constants */
    private final Map<String, ScheduleCorpus> corpora = new HashMap<>();
    private static final Path TRACE = Path.of("controlled-run.ndjson");
    /** what the replays of each model visited, by module and constants */
    private final Map<String, Coverage> visited = new HashMap<>();
    /** the reachable graph is searched up to this many states (km168_small's has 13,000) */
    public static final int MAX_STATES = 1_000_000;

    /** the revisions' invariants, read once */
    private final ReplayModels models;
    /** invariants of the revisions' models this conformer does not check */
    private final Set<String> unchecked;
    /** runs whose processes may be preempted between a choice and its pool operation */
    private final boolean staleGuards;

    public Conformer(Path specsDir) {
        this(specsDir, Set.of());
    }

    /**
     * A conformer that judges every trace by its revision's invariants except those named in
     * unchecked: a run that breaks one of them goes on being replayed, and must stay a behaviour
     * of the spec, with the other invariants true, to its last step. For the runs of a buggy
     * revision past its bug, or of constants beyond a bound the spec states. A name that is not
     * one of a model's invariants leaves that model as it is (it is checked, never weakened).
     */
    public Conformer(Path specsDir, Set<String> unchecked) {
        this(specsDir, unchecked, false);
    }

    /**
     * As {@link #Conformer(Path, Set)}; with staleGuards every run's processes may be preempted
     * between choosing pool_get or pool_put and making it ({@link Workload#staleGuards}), so that
     * the pool's re-checks of a stale guard are run and held to the spec.
     */
    public Conformer(Path specsDir, Set<String> unchecked, boolean staleGuards) {
        this.staleGuards = staleGuards;
        this.specsDir = specsDir;
        this.models = new ReplayModels(specsDir);
        this.unchecked = Set.copyOf(unchecked);
    }

    /** Run the model under the schedule for at most maxDecisions decisions; replay the trace. */
    public ControlledRun run(Constants k, Schedule schedule, long maxDecisions)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        return run(k, schedule, maxDecisions, TraceLevel.FULL);
    }

    /** As {@link #run(Constants, Schedule, long)}, the trace written at level. */
    public ControlledRun run(Constants k, Schedule schedule, long maxDecisions, TraceLevel level)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        List<String> lines = new ArrayList<>();
        RunResult result = Workload.of(k).trace(new TraceWriter(lines::add, level)).staleGuards(staleGuards)
                .controlled(schedule.chooser(), maxDecisions).requireNoCrash();
        Coverage run = new Coverage();
        ReplayReport report = replay(lines, run);
        return new ControlledRun(lines, judged(lines, result, report), run);
    }

    /**
     * The report of a run, its replay done. A divergence stands as it is. A conforming trace must
     * come from a sound run ({@link RunResult#requireSound}: the page audit sees where pages are,
     * which the trace cannot). Then two ends of a run are held to the spec:
     * <ul>
     * <li>a run that ended in the kernel's recursion panic (the only panic a run may end in,
     * {@link RunResult#requireNoCrash}) must end in a state where the spec's
     * {@link Panic#RECURSION_INVARIANT} fails, else a {@link Divergence.Kind#PANIC} divergence at
     * the last step: where the invariant is checked the replay has already reported it, so this
     * catches the runs judged with it unchecked and an implementation that keeps the mutex where
     * the spec lets it go;</li>
     * <li>a run that stopped because no actor could move or make a step (not at its decision
     * budget; {@link kmcheck.sched.ControlledScheduler} ends a spinning run): if the
     * spec can still move from the last state, a {@link Divergence.Kind#STUCK} divergence there,
     * naming what TLC finds enabled.</li>
     * </ul>
     * At the kernel level the last state is a set of candidates: the run's real state is one of
     * them, so a panic needs the invariant false in some candidate, a stop needs every one able
     * to move. Call right after the run's replay.
     */
    private ReplayReport judged(List<String> lines, RunResult result, ReplayReport report) throws ReplayException {
        if (!report.conforms()) {
            return report;
        }
        result.requireSound();
        Replayer replayer = replayers.get(key(lines));
        if (result.panicked()) {
            if (replayer.failsAtEnd(Panic.RECURSION_INVARIANT)) {
                return report;
            }
            return atLastStep(lines, report, Divergence.Kind.PANIC, String.join("; ", result.failures())
                    + ", but " + Panic.RECURSION_INVARIANT + " holds here");
        }
        if (!result.quiescent()) {
            return report;
        }
        List<String> enabled = replayer.enabledAtEnd();
        if (enabled.isEmpty()) {
            return report;
        }
        return atLastStep(lines, report, Divergence.Kind.STUCK, "enabled here: " + String.join(", ", enabled));
    }

    /** The conforming report, with a divergence of that kind at the trace's last step. */
    private static ReplayReport atLastStep(List<String> lines, ReplayReport report, Divergence.Kind kind, String note) {
        TraceStep last;
        try {
            last = TraceReader.step(lines.get(0), lines.get(lines.size() - 1), lines.size() - 2, TRACE);
        } catch (TraceFormatException | IOException e) {
            throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
        }
        Divergence d = new Divergence(last.seq(), lines.size(), last.actor(), last.action(), kind, List.of(),
                Optional.empty(), note);
        return new ReplayReport(report.trace(), report.stepsRead(), report.stepsRead(), Optional.of(d),
                report.frontier());
    }

    /**
     * Run the model for at most maxDecisions decisions under a schedule of the model's corpus
     * ({@link ScheduleCorpus}), steered by coverage ({@link Guide}) once the schedule is spent,
     * ties drawn from random; replay the trace, which adds its visits to the model's coverage,
     * and keep the schedule if it took a transition no earlier run took.
     */
    public ControlledRun runGuided(Constants k, Random random, long maxDecisions)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        return runSteered(k, random, maxDecisions, null, false);
    }

    /**
     * A covering run: from the first decision the {@link Guide} heads for one spec transition no
     * earlier run took, drawn at random from the model's reachable graph, an interrupt's while
     * the interrupts have any left (each run makes at most MAXINTR of them, so they need the most
     * runs), then as a guided run once that one is taken (or out of reach). Drawing the goal,
     * not taking the nearest, spreads the runs over the whole graph.
     */
    public ControlledRun runCovering(Constants k, Random random, long maxDecisions)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        return runSteered(k, random, maxDecisions, null, true);
    }

    /**
     * A directed run: if some reachable state of the model breaks {@code invariant} (TLC's
     * graph of a buggy revision's spec has them), the {@link Guide} steers from the first
     * decision along the shortest path to one that passes no other broken state, so the run
     * ends, if the Java model behaves as its spec, in the divergence naming that invariant;
     * where the graph has no such path, and for a model in which the invariant never fails,
     * as {@link #runGuided}.
     */
    public ControlledRun runDirected(Constants k, Random random, long maxDecisions, String invariant)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        return runSteered(k, random, maxDecisions, invariant, false);
    }

    private ControlledRun runSteered(Constants k, Random random, long maxDecisions, String invariant, boolean covering)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        List<String> header = new ArrayList<>();
        new TraceWriter(header::add).header(k);
        String model;
        Replayer replayer;
        try (TraceReader reader = TraceReader.of(header, TRACE)) {
            model = key(reader.header());
            replayer = replayer(reader.header());
        } catch (TraceFormatException | IOException e) {
            throw new IllegalStateException("the Java model wrote a malformed header: " + e.getMessage(), e);
        }
        ReachableGraph graph = graphs.get(model);
        if (graph == null) {
            graph = new ReachableGraph(replayer.stateSpace(MAX_STATES));
            graphs.put(model, graph);
        }
        ReachableGraph g = graph;
        Coverage coverage = visited.computeIfAbsent(model, m -> new Coverage());
        List<ReachableGraph.Goal> goals = new ArrayList<>();
        ReachableGraph.Goal bug = invariant == null ? null
                : targets.computeIfAbsent(model + "\0" + invariant, m -> g.violating(invariant));
        boolean directed = bug != null && Arrays.stream(bug.distance()).anyMatch(d -> d != ReachableGraph.FAR);
        if (directed) {
            goals.add(bug);
        }
        goals.add(graph.unwitnessed(coverage));
        Map<Long, Integer> missed = aimsMissed.computeIfAbsent(model, m -> new HashMap<>());
        Optional<ReachableGraph.Aim> aim = covering
                ? graph.unvisitedOne(coverage, Set.copyOf(k.intrNames()), abandoned(model), random) : Optional.empty();
        aim.ifPresent(a -> goals.add(a.goal()));
        goals.add(graph.unvisited(coverage));
        List<String> lines = new ArrayList<>();
        Replayer r = replayer;
        LongSupplier current = () -> {
            try {
                return r.fingerprint(TraceReader.step(lines.get(0), lines.get(lines.size() - 1), lines.size() - 2,
                        TRACE), TRACE);
            } catch (TraceFormatException | ReplayException | IOException e) {
                throw new IllegalStateException("cannot steer by the recorded state: " + e.getMessage(), e);
            }
        };
        Set<String> actors = new HashSet<>(replayer.actions().values().stream().flatMap(List::stream).toList());
        if (replayer.threadActor() != null) {
            actors.add(replayer.threadActor());
        }
        Guide guide = new Guide(random, graph, goals, actors, current, lines::size);
        ScheduleCorpus corpus = corpora.computeIfAbsent(model, m -> new ScheduleCorpus());
        // a directed or covering run is the guide's from its first decision: no schedule of the corpus
        Schedule schedule = directed || covering ? new Schedule(List.of(), List.of()) : corpus.next(random);
        RunResult result = Workload.of(k).trace(new TraceWriter(lines::add)).staleGuards(staleGuards)
                .controlled(schedule.chooser(guide), maxDecisions).requireNoCrash();
        int before = coverage.transitionCount();
        Coverage visits = new Coverage();
        ControlledRun run = new ControlledRun(lines, judged(lines, result, replay(lines, visits)), visits);
        if (!directed && !covering) {
            corpus.ran(schedule, coverage.transitionCount() - before);
        }
        if (aim.isPresent() && !graph.taken(visits, aim.get())) {
            missed.merge(aim.get().key(), 1, Integer::sum);
        }
        return run;
    }

    private Replayer replayer(kmcheck.tracefile.TraceHeader header)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException, IOException {
        String model = key(header);
        Replayer replayer = replayers.get(model);
        if (replayer == null) {
            replayer = Replayer.load(models.forHeader(header).without(unchecked));
            replayers.put(model, replayer);
        }
        return replayer;
    }

    /**
     * Replay trace lines, header first, against the spec of their revision. The lines are parsed
     * once, as they are: no temp file.
     *
     * @throws ConstantsRejectedException the spec rejects the constants the run was given
     */
    public ReplayReport replay(List<String> lines)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        return replay(lines, Visits.NONE);
    }

    /** As {@link #replay(List)}, telling also {@code also} what the replay matched. */
    private ReplayReport replay(List<String> lines, Visits also)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        try (TraceReader reader = TraceReader.of(lines, Path.of("controlled-run.ndjson"))) {
            return replay(reader, also);
        } catch (TraceFormatException e) {
            // the Java model wrote it: a malformed line is our bug, not bad input
            throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replay an opened trace (its header read) against the spec of its revision. */
    public ReplayReport replay(TraceReader reader) throws ReplayException, NoSuchModelException,
            ExpectedTableException, ConstantsRejectedException, TraceFormatException, IOException {
        return replay(reader, Visits.NONE);
    }

    private ReplayReport replay(TraceReader reader, Visits also) throws ReplayException, NoSuchModelException,
            ExpectedTableException, ConstantsRejectedException, TraceFormatException, IOException {
        String model = key(reader.header());
        return replayer(reader.header()).replay(reader,
                Visits.both(visited.computeIfAbsent(model, m -> new Coverage()), also));
    }

    /**
     * The reachable graph of the model these trace lines (header first) were replayed against,
     * searched by TLC on first call; empty if none was.
     */
    public Optional<StateSpace> stateSpace(List<String> lines) throws ReplayException {
        Replayer replayer = replayers.get(key(lines));
        return replayer == null ? Optional.empty() : Optional.of(replayer.stateSpace(MAX_STATES));
    }

    /**
     * What the replays so far visited of the reachable graph of the model these trace lines
     * (header first) were replayed against; empty if none was.
     *
     * @throws ReplayException TLC failed searching the graph
     */
    public Optional<CoverageReport> coverage(List<String> lines) throws ReplayException {
        String model = key(lines);
        Replayer replayer = replayers.get(model);
        if (replayer == null) {
            return Optional.empty();
        }
        return Optional.of(visited.get(model).against(replayer.stateSpace(MAX_STATES)));
    }

    /**
     * The transitions of the model these trace lines (header first) were replayed against that
     * covering runs were sent to {@link #AIM_TRIES} times and did not take, so are no longer
     * drawn: either the Java model cannot show them or the guide cannot lead it there (not proved
     * unreachable either way).
     */
    public int abandonedAims(List<String> lines) {
        return abandoned(key(lines)).size();
    }

    private Set<Long> abandoned(String model) {
        Set<Long> out = new HashSet<>();
        aimsMissed.getOrDefault(model, Map.of()).forEach((aim, n) -> {
            if (n >= AIM_TRIES) {
                out.add(aim);
            }
        });
        return out;
    }

    /** Forgets what every replay visited, so that coverage and guidance start afresh. */
    public void forgetVisits() {
        visited.clear();
        corpora.clear();
        aimsMissed.clear();
    }

    /** The model key of trace lines the Java model wrote, header first. */
    private static String key(List<String> lines) {
        try (TraceReader reader = TraceReader.of(lines, TRACE)) {
            return key(reader.header());
        } catch (TraceFormatException | IOException e) {
            throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
        }
    }

    private static String key(kmcheck.tracefile.TraceHeader h) {
        return h.module() + h.constants();
    }

    @Override
    public void close() {
        replayers.values().forEach(Replayer::close);
        replayers.clear();
    }
}
