package kmcheck.pool;

/**
 * An item handed out by pool_get: which page it lives on.  Identity is the item.
 *
 * <p>Immutable.
 */
public final class Item {
    /** the pool page it belongs to */
    private final PoolPage page;

    Item(PoolPage page) {
        this.page = page;
    }

    PoolPage page() {
        return page;
    }

    @Override
    public String toString() {
        return "item@" + page.page();
    }
}
