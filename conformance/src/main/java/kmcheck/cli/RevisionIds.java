package kmcheck.cli;

import java.util.Iterator;
import kmcheck.check.ExpectedTable;

/** Completion candidates for a revision: the revision table's ids (km1.38 ... pool1.166). */
final class RevisionIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ExpectedTable.REVISIONS.iterator();
    }
}
