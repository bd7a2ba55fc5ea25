package kmcheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kmcheck.export.Exported;
import kmcheck.check.TlcChild;
import kmcheck.export.PlainTlc;
import kmcheck.util.DeleteTree;
import kmcheck.export.TraceExporter;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceReader;

/**
 * Replay throughput in process versus one plain TLC launch per trace on the exported module.
 *
 * <p>Generates {@code --traces} controlled km1.68 traces of {@code --decisions} scheduling decisions (java-model,
 * seeds 1..N), replays them all with one {@link Replayer} ({@code --warmup} rounds, then
 * {@code --rounds} measured rounds: steps/s per wall second and per CPU second of the replaying
 * thread), then exports the first {@code --tlc-sample} of them and runs plain TLC on each, one
 * after the other ({@link PlainTlc}, no class-data archive: a user's launch). Prints the numbers
 * and, with {@code --out FILE}, writes them into that Markdown file (BENCHMARKS.md): the section
 * between {@code <!-- ReplayBench:start -->} and {@code <!-- ReplayBench:end -->} is replaced (or
 * appended), the rest of the file is kept.
 *
 * <pre>
 * make bench    # java -jar bench/target/kmcheck-bench.jar --specs specs --out BENCHMARKS.md
 * </pre>
 * Run from the repository root (paths are relative to it).
 */
public final class ReplayBench {
    private static final String START = "<!-- ReplayBench:start -->";
    private static final String END = "<!-- ReplayBench:end -->";

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int traces = 200;
        int steps = 100;
        int warmup = 5;
        int rounds = 5;
        int sample = 10;
        Path specs = Path.of("specs");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--traces" -> traces = Integer.parseInt(v);
                case "--decisions" -> steps = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--tlc-sample" -> sample = Integer.parseInt(v);
                case "--specs" -> specs = Path.of(v);
                case "--out" -> out = Path.of(v);
                default -> {
                    System.err.println("usage: ReplayBench [--traces N] [--decisions N] [--warmup N] [--rounds N]"
                            + " [--tlc-sample N] [--specs DIR] [--out FILE]");
                    System.exit(2);
                }
            }
            i++;
        }
        String command = "java -jar bench/target/kmcheck-bench.jar " + String.join(" ", args);
        Path dir = kmcheck.scratch.Scratch.newDirectory("bench"); // removed on exit and interrupt too
        try {
            run(traces, steps, warmup, rounds, sample, specs, out, dir, command);
        } finally {
            delete(dir);
        }
    }

    private static void run(int traces, int steps, int warmup, int rounds, int sample, Path specs, Path out,
                            Path dir, String command) throws Exception {
        String revision = "km1.68";
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < traces; i++) {
            files.add(TraceFiles.controlled(dir.resolve("t" + i + ".ndjson"), revision, i + 1, steps));
        }
        List<String> invariants = new kmcheck.replay.ReplayModels(specs).invariants("MCPoolSlowdown", revision);
        ReplayModel model;
        try (TraceReader r = TraceReader.open(files.get(0))) {
            model = ReplayModel.fromHeader(specs, "MCPoolSlowdown", r.header(), invariants);
        }
        long t0 = System.nanoTime();
        double wallRate = 0;
        double cpuRate = 0;
        long stepsPerRound = 0;
        double loadMs;
        try (Replayer replayer = Replayer.load(model)) {
            loadMs = (System.nanoTime() - t0) / 1e6;
            Rates full = measure(replayer, files, warmup, rounds);
            stepsPerRound = full.steps / rounds;
            wallRate = full.wall;
            cpuRate = full.cpu;
        }
        System.out.printf(Locale.ROOT, "in-process: %d traces, %d steps per round (states read), one Replayer"
                        + " (load %.0f ms), %d warm-up + %d measured rounds: %.0f steps/s wall, %.0f steps/s CPU%n",
                traces, stepsPerRound, loadMs, warmup, rounds, wallRate, cpuRate);
        List<Path> kernelFiles = new ArrayList<>();
        for (int i = 0; i < traces; i++) {
            kernelFiles.add(TraceFiles.controlled(dir.resolve("k" + i + ".ndjson"), revision, i + 1, steps,
                    kmcheck.trace.TraceLevel.KERNEL));
        }
        Kernel kernel;
        try (Replayer replayer = Replayer.load(model)) {
            Rates k = measure(replayer, kernelFiles, warmup, rounds);
            int maxFrontier = 0;
            double meanFrontier = 0;
            for (Path f : kernelFiles) {
                var stats = replayer.replay(f).frontier().orElseThrow();
                maxFrontier = Math.max(maxFrontier, stats.max());
                meanFrontier += stats.mean() / kernelFiles.size();
            }
            kernel = new Kernel(k.wall, k.cpu, maxFrontier, meanFrontier, 0);
        }
        System.out.printf(Locale.ROOT, "in-process, kernel-level traces: %.0f steps/s wall, %.0f steps/s CPU,"
                + " candidate states per step max %d, mean %.2f%n", kernel.wallRate, kernel.cpuRate,
                kernel.maxFrontier, kernel.meanFrontier);

        int n = Math.min(sample, files.size());
        double tlcSecs = 0;
        long tlcSteps = 0;
        List<Double> each = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exported e = TraceExporter.export(files.get(i), specs, dir.resolve("tlc" + i), invariants);
            long s0 = System.nanoTime();
            PlainTlc.Outcome v = PlainTlc.check(e, Duration.ofMinutes(5));
            double secs = (System.nanoTime() - s0) / 1e9;
            if (!v.ok()) {
                throw new IllegalStateException("TLC rejects a conforming trace:\n" + v.output());
            }
            each.add(secs);
            tlcSecs += secs;
            tlcSteps += e.steps();
        }
        double perTrace = tlcSecs / n;
        double tlcRate = tlcSteps / tlcSecs;
        // the kernel-level traces exported as partial traces (unlogged variables left to Init and the actions)
        double kernelTlcSecs = 0;
        long kernelTlcSteps = 0;
        for (int i = 0; i < n; i++) {
            Exported e = TraceExporter.export(kernelFiles.get(i), specs, dir.resolve("tlck" + i), invariants);
            long s0 = System.nanoTime();
            PlainTlc.Outcome v = PlainTlc.check(e, Duration.ofMinutes(5));
            kernelTlcSecs += (System.nanoTime() - s0) / 1e9;
            if (!v.ok()) {
                throw new IllegalStateException("TLC rejects a conforming kernel-level trace:\n" + v.output());
            }
            kernelTlcSteps += e.steps();
        }
        kernel = new Kernel(kernel.wallRate, kernel.cpuRate, kernel.maxFrontier, kernel.meanFrontier,
                kernelTlcSteps / kernelTlcSecs);
        double inProcPerTrace = (double) stepsPerRound / traces / wallRate;
        double ratio = wallRate / tlcRate;
        System.out.printf(Locale.ROOT, "plain TLC, one launch per trace: %d traces, %.2f s per trace (min %.2f,"
                        + " max %.2f), %.0f steps/s%n", n, perTrace,
                each.stream().min(Comparator.naturalOrder()).orElse(0.0),
                each.stream().max(Comparator.naturalOrder()).orElse(0.0), tlcRate);
        System.out.printf(Locale.ROOT, "ratio: in-process is %.0fx faster per step (%.3f ms vs %.2f s per"
                + " trace)%n", ratio, inProcPerTrace * 1e3, perTrace);
        if (out != null) {
            writeMarkdown(out, command, traces, steps, stepsPerRound, warmup, rounds, loadMs, wallRate, cpuRate, n,
                    perTrace, each, tlcRate, inProcPerTrace, ratio, kernel);
            System.out.println("wrote " + out);
        }
    }

    /** Steps replayed in the measured rounds, and steps per second of wall and of CPU time. */
    private record Rates(long steps, double wall, double cpu) {
    }

    /** warmup unmeasured rounds over the files, then rounds measured ones. */
    private static Rates measure(Replayer replayer, List<Path> files, int warmup, int rounds) throws Exception {
        for (int w = 0; w < warmup; w++) {
            replayAll(replayer, files);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long totalSteps = 0;
        long wall = 0;
        long cpu = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            totalSteps += replayAll(replayer, files);
            wall += System.nanoTime() - w0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
        }
        return new Rates(totalSteps, totalSteps / (wall / 1e9), totalSteps / (cpu / 1e9));
    }

    /** Kernel-level replay: throughput and how many candidate states the traces left open. */
    private record Kernel(double wallRate, double cpuRate, int maxFrontier, double meanFrontier, double tlcRate) {
    }

    private static long replayAll(Replayer replayer, List<Path> files) throws Exception {
        long steps = 0;
        for (Path f : files) {
            ReplayReport r = replayer.replay(f);
            if (!r.conforms()) {
                throw new IllegalStateException("a generated trace does not conform:\n" + r.render());
            }
            steps += r.stepsRead();
        }
        return steps;
    }

    private static void writeMarkdown(Path out, String command, int traces, int steps, long stepsPerRound,
                                      int warmup, int rounds, double loadMs, double wallRate, double cpuRate,
                                      int n, double perTrace, List<Double> each, double tlcRate,
                                      double inProcPerTrace, double ratio, Kernel kernel) throws IOException {
        StringBuilder b = new StringBuilder(START).append('\n');
        b.append("## Trace replay: in process vs. one plain TLC launch per trace\n\n");
        b.append("Generated by `kmcheck.bench.ReplayBench` (this section is replaced on every run).\n\n");
        b.append("Command (repository root; `make bench` builds and runs it):\n\n");
        b.append("```\n").append(command).append("\n```\n\n");
        b.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        b.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(os()).append(", load average at the end ").append(loadAverage())
                .append(" (the machine is shared: wall-clock numbers are noisy, CPU numbers less so)\n");
        b.append("- `java -version`: ").append(javaVersion()).append('\n');
        b.append("- TLC: ").append(TlcChild.tlcJar().getFileName()).append(" (TLC2 2.18)\n");
        b.append("- Workload: ").append(traces).append(" controlled java-model traces of km1.68 (seeds 1..")
                .append(traces).append(", at most ").append(steps).append(" decisions each: ")
                .append(String.format(Locale.ROOT, "%.1f", (double) stepsPerRound / traces))
                .append(" states per trace on average), default constants (MCPoolSlowdown_km168_small), the model's ")
                .append("11 invariants checked on every state.\n\n");
        b.append("| | steps/s | per trace |\n|---|---:|---:|\n");
        b.append(String.format(Locale.ROOT, "| in process, one `Replayer` reused (%d warm-up + %d measured rounds"
                        + " over all traces), wall | %,.0f | %.3f ms |%n", warmup, rounds, wallRate,
                inProcPerTrace * 1e3));
        b.append(String.format(Locale.ROOT, "| in process, CPU time of the replaying thread | %,.0f | |%n", cpuRate));
        b.append(String.format(Locale.ROOT, "| in process, the same runs traced at the kernel level (no pc, held,"
                + " slow, tpc, batch, kmLock or history variables; candidate-set replay: %d candidate states per"
                + " step at most, %.2f on average), wall | %,.0f | |%n", kernel.maxFrontier, kernel.meanFrontier,
                kernel.wallRate));
        b.append(String.format(Locale.ROOT, "| in process, kernel level, CPU time of the replaying thread | %,.0f | |%n",
                kernel.cpuRate));
        b.append(String.format(Locale.ROOT, "| plain TLC on the exported module, one child JVM per trace (%d traces,"
                + " one at a time) | %,.0f | %.2f s |%n", n, tlcRate, perTrace));
        b.append(String.format(Locale.ROOT, "| plain TLC on the exported kernel-level traces (partial: unlogged"
                + " variables free), one child JVM per trace (%d traces) | %,.0f | |%n", n, kernel.tlcRate));
        b.append(String.format(Locale.ROOT, "%n**Ratio: in process is %,.0f× faster** than one TLC launch per"
                + " trace (wall clock, per step).%n%n", ratio));
        b.append(String.format(Locale.ROOT, "Loading the spec into the `Replayer` (class loader, SANY, TLC"
                + " setup) took %.0f ms once. TLC per trace: ", loadMs));
        for (int i = 0; i < each.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", each.get(i)));
        }
        b.append(" s. A TLC launch is dominated by JVM start, parsing and TLC's setup, not by the ~100 states.\n");
        b.append(String.format(Locale.ROOT, "%nTargets: ≥ 50,000 steps/s in process: **%s** (wall %,.0f, CPU %,.0f);"
                        + " ≥ 100× over one TLC launch per trace: **%s** (%,.0f×).%n",
                wallRate >= 50_000 ? "met" : cpuRate >= 50_000 ? "met in CPU time only" : "not met", wallRate, cpuRate,
                ratio >= 100 ? "met" : "not met", ratio));
        b.append(String.format(Locale.ROOT, "Kernel level: ≥ 10,000 steps/s: **%s** (%,.0f); ≥ 100× over one TLC"
                        + " launch per trace on the same traces: **%s** (%,.0f×).%n",
                kernel.wallRate >= 10_000 ? "met" : "not met", kernel.wallRate,
                kernel.wallRate / kernel.tlcRate >= 100 ? "met" : "not met", kernel.wallRate / kernel.tlcRate));
        b.append(END).append('\n');
        MarkdownSection.replace(out, START, END, b.toString());
    }

    private static String os() {
        String pretty = System.getProperty("os.name") + " " + System.getProperty("os.version");
        try {
            for (String l : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (l.startsWith("PRETTY_NAME=")) {
                    pretty = l.substring(12).replace("\"", "") + ", " + pretty;
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return pretty + " " + System.getProperty("os.arch");
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
    }

    private static String javaVersion() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return text.replace("\n", " / ");
        } catch (IOException | InterruptedException e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        }
    }

    private static void delete(Path dir) {
        DeleteTree.quietly(dir);
    }
}
