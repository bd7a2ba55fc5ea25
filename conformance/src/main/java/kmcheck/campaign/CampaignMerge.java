package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the results files of a campaign's shards ({@code kmcheck campaign --shard i/N}, any
 * number of files, in any order) into the results one unsharded campaign gives. Per revision the
 * rows must come from one campaign (seed, shard count, runs per revision, how the runs were made
 * ({@link RunSettings}), expected verdict), each
 * shard exactly once (a second one is an overlap, a missing one a gap), and each shard complete:
 * all its runs, or all up to its first violation. The merged result is then the unsharded one: the
 * first violation is the earliest run that violated in any shard (every shard made every run of
 * its own before that one), or, with none, every run conformed.
 *
 * <p>Stateless.
 */
public final class CampaignMerge {
    private CampaignMerge() {
    }

    /** The merged results of the files, revisions in the order they first appear. */
    public static List<RevisionResult> merge(List<Path> files) throws IOException, CampaignResultsException {
        Map<String, List<CampaignTable.Row>> byRevision = new LinkedHashMap<>();
        for (Path f : files) {
            for (CampaignTable.Row row : CampaignTable.read(f)) {
                byRevision.computeIfAbsent(row.result().revision(), k -> new ArrayList<>()).add(row);
            }
        }
        List<RevisionResult> merged = new ArrayList<>();
        for (List<CampaignTable.Row> rows : byRevision.values()) {
            merged.add(mergeRevision(rows));
        }
        return merged;
    }

    private static RevisionResult mergeRevision(List<CampaignTable.Row> rows) throws CampaignResultsException {
        CampaignTable.Row first = rows.get(0);
        String revision = first.result().revision();
        Map<Integer, CampaignTable.Row> shards = new TreeMap<>();
        for (CampaignTable.Row row : rows) {
            RevisionResult r = row.result();
            if (row.seed() != first.seed() || row.shard().count() != first.shard().count() || row.of() != first.of()
                    || !row.runs().equals(first.runs()) || r.correct() != first.result().correct()
                    || !r.expected().equals(first.result().expected())) {
                throw new CampaignResultsException(row.where() + ": " + revision + " is from another campaign than "
                        + first.where() + " (" + describe(row) + " vs " + describe(first) + ")");
            }
            CampaignTable.Row twice = shards.put(row.shard().index(), row);
            if (twice != null) {
                throw new CampaignResultsException(row.where() + ": overlap: " + revision + " shard " + row.shard()
                        + " is also in " + twice.where());
            }
            checkComplete(row);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= first.shard().count(); i++) {
            if (!shards.containsKey(i)) {
                missing.add(i + "/" + first.shard().count());
            }
        }
        if (!missing.isEmpty()) {
            throw new CampaignResultsException(first.where() + ": gap: " + revision + " has no results of shard "
                    + String.join(", ", missing) + " (" + describe(first) + ")");
        }
        Optional<RevisionResult.Violation> violation = rows.stream().map(r -> r.result().first())
                .flatMap(Optional::stream).min(Comparator.comparingInt(RevisionResult.Violation::tryNumber));
        RevisionResult r = first.result();
        if (violation.isPresent()) {
            int t = violation.get().tryNumber();
            return new RevisionResult(revision, r.correct(), r.expected(), t, t - 1, violation);
        }
        int tries = rows.stream().mapToInt(row -> row.result().tries()).sum();
        return new RevisionResult(revision, r.correct(), r.expected(), tries, tries, Optional.empty());
    }

    /** A shard made all its runs, or all up to its first violation, and its counts agree. */
    private static void checkComplete(CampaignTable.Row row) throws CampaignResultsException {
        RevisionResult r = row.result();
        Shard s = row.shard();
        int expectedTries;
        if (r.first().isPresent()) {
            int t = r.first().get().tryNumber();
            if (t < 1 || t > row.of() || !s.includes(t)) {
                throw new CampaignResultsException(row.where() + ": run " + t + " is not a run of shard " + s
                        + " of " + row.of());
            }
            expectedTries = s.size(t);
        } else {
            expectedTries = s.size(row.of());
        }
        int expectedConforming = expectedTries - (r.first().isPresent() ? 1 : 0);
        if (r.tries() != expectedTries || r.conforming() != expectedConforming) {
            throw new CampaignResultsException(row.where() + ": gap: " + r.revision() + " shard " + s + " made "
                    + r.tries() + " runs, " + r.conforming() + " conforming; a complete one makes " + expectedTries
                    + ", " + expectedConforming + " conforming");
        }
    }

    private static String describe(CampaignTable.Row row) {
        return "seed " + row.seed() + ", " + row.shard().count() + " shard" + (row.shard().count() == 1 ? "" : "s")
                + " of " + row.of() + " runs, " + row.runs() + ", expected " + row.result().expected();
    }
}
