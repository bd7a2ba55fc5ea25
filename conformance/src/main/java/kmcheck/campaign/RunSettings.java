package kmcheck.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kmcheck.trace.TraceLevel;

/**
 * How a campaign made its runs, beyond its seed: the steering, the trace level, the model whose
 * constants the Java model ran with, and whether guards may go stale. Two campaigns that differ in
 * any of them make other runs from the same seed, so campaign.tsv records them (one column each,
 * spelled as the command line spells them) and {@link CampaignMerge} merges only shards that agree.
 *
 * @param constants the model of specs/expected.tsv whose constants the runs used, empty for the
 *                  defaults (the small models')
 */
public record RunSettings(Steering steering, TraceLevel level, Optional<String> constants, boolean staleGuards) {
    /** A model name as expected.tsv spells it; nothing else is read back from a results file. */
    private static final String MODEL_NAME = "[A-Za-z][A-Za-z0-9_]*";

    public RunSettings {
        if (constants.isPresent() && !constants.get().matches(MODEL_NAME)) {
            throw new IllegalArgumentException("not a model name: '" + constants.get() + "'");
        }
    }

    /** The four columns of campaign.tsv: steering, level, constants ({@code -}: the defaults), stale-guards. */
    String[] columns() {
        return new String[] {name(steering), level.name().toLowerCase(Locale.ROOT), constants.orElse("-"),
            Boolean.toString(staleGuards)};
    }

    /** The settings from those four columns; a bad value is an IllegalArgumentException naming it. */
    static RunSettings parse(String steering, String level, String constants, String staleGuards) {
        Steering s = Arrays.stream(Steering.values()).filter(v -> name(v).equals(steering)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("steering '" + steering + "': one of "
                        + Arrays.stream(Steering.values()).map(RunSettings::name).collect(Collectors.joining(", "))));
        if (!staleGuards.equals("true") && !staleGuards.equals("false")) {
            throw new IllegalArgumentException("stale-guards '" + staleGuards + "': true or false");
        }
        return new RunSettings(s, TraceLevel.of(level), constants.equals("-") ? Optional.empty() : Optional.of(constants),
                Boolean.parseBoolean(staleGuards));
    }

    /** As the command line would say it, e.g. {@code random, --level full, default constants, fresh guards}. */
    @Override
    public String toString() {
        return name(steering) + ", --level " + level.name().toLowerCase(Locale.ROOT) + ", "
                + constants.map(c -> "--constants " + c).orElse("default constants") + ", "
                + (staleGuards ? "--stale-guards" : "fresh guards");
    }

    /** A steering as campaign.tsv spells it. */
    private static String name(Steering s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
