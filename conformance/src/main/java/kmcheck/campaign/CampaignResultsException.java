package kmcheck.campaign;

/**
 * Campaign results that cannot be read or merged: a malformed line, or shards that overlap, leave
 * a gap, or come from different campaigns. The message is one line naming the file and line.
 */
public final class CampaignResultsException extends Exception {
    private static final long serialVersionUID = 1L;

    public CampaignResultsException(String message) {
        super(message);
    }
}
