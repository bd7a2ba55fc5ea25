package kmcheck.km;

/**
 * One physical page (1.38-1.76: with its kernel mapping, a reserve token; from 1.77 the
 * reserve holds addresses, counted in {@link KmReserve}, and a page gets its address at the
 * take).  Identity matters: a page is in exactly one place at a time.
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
