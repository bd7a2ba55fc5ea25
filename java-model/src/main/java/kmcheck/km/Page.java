package kmcheck.km;

/**
 * One physical page (with its kernel mapping: the models treat a reserve page and a reserve
 * KVA as one page).  Identity matters: a page is in exactly one place at a time.
 *
 * <p>Immutable.
 */
public final class Page {
    /** a number for messages: "pg3" */
    private final int id;

    public Page(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    @Override
    public String toString() {
        return "pg" + id;
    }
}
