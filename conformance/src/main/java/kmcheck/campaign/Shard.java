package kmcheck.campaign;

/**
 * A deterministic slice of a campaign's runs: shard {@code index} of {@code count} makes the runs
 * {@code t} (from 1) with {@code (t - 1) mod count = index - 1}. Every run keeps the schedule it has
 * in the whole campaign (the schedules are drawn in order from the seed whichever shard runs), so N
 * shards together make exactly the runs of one unsharded campaign ({@link CampaignMerge}).
 */
public record Shard(int index, int count) {
    /** The whole campaign. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/N with 1 <= i <= N, not " + index + "/" + count);
        }
    }

    /** {@code i/N}, as on the command line and in campaign.tsv. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("a shard is i/N (e.g. 2/4), not '" + text + "'");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether run {@code tryNumber} (from 1) is this shard's. */
    public boolean includes(int tryNumber) {
        return (tryNumber - 1) % count == index - 1;
    }

    /** How many of runs 1..tries are this shard's. */
    public int size(int tries) {
        return tries < index ? 0 : (tries - index) / count + 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
