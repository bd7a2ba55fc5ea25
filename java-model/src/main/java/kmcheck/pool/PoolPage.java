package kmcheck.pool;

import kmcheck.km.Page;

/**
 * A page owned by the pool, split into items (struct pool_page_header, PR_PHINPAGE).
 *
 * <p>Guarded by the pool's pr_mtx.
 */
public final class PoolPage {
    /** the page itself */
    private final Page page;
    /** items per page */
    private final int items;
    /** ph_nmissing's complement: free items on this page */
    private int nfree;

    PoolPage(Page page, int items) {
        this.page = page;
        this.items = items;
        this.nfree = items;
    }

    public Page page() {
        return page;
    }

    /** Free items on this page. */
    public int nfree() {
        return nfree;
    }

    /** No item of this page is out. */
    boolean idle() {
        return nfree == items;
    }

    /** Hand out one item.  Precondition: nfree > 0. */
    Item take() {
        nfree--;
        return new Item(this);
    }

    /** An item comes back.  Precondition: nfree < items. */
    void put() {
        nfree++;
    }

    @Override
    public String toString() {
        return page + "(" + nfree + "/" + items + " free)";
    }
}
