package kmcheck.check;

/** A model name asked for on the command line that expected.tsv does not list. */
public final class UnknownModelException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String model;

    public UnknownModelException(String model, String table) {
        super("unknown model '" + model + "': not listed in " + table);
        this.model = model;
    }

    public String model() {
        return model;
    }
}
