package kmcheck.check;

/** A model name asked for on the command line that expected.tsv does not list. */
public final class UnknownModelException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String model;

    public UnknownModelException(String model, String table) {
        this(model, table, java.util.List.of());
    }

    /** With the names of listed models that come close, if any. */
    public UnknownModelException(String model, String table, java.util.List<String> suggestions) {
        super("unknown model '" + model + "': not listed in " + table
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?"));
        this.model = model;
    }

    public String model() {
        return model;
    }
}
