package kmcheck.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survivors table is matched by source text, and every survivor and every row must be accounted for. */
class PitSurvivorsTest {
    @TempDir
    Path dir;

    private static final String HEAD = "class\tmethod\tmutator\tcode\tkind\twhy\n";

    private List<PitSurvivors.Mutation> report(String... statuses) throws Exception {
        Path src = dir.resolve("src/kmcheck/km");
        Files.createDirectories(src);
        Files.writeString(src.resolve("A.java"), "package kmcheck.km;\nclass A {\n  void m() {\n    sched.point(self);\n  }\n}\n");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<mutations>\n");
        for (String s : statuses) {
            xml.append("<mutation detected='false' status='").append(s).append("'><sourceFile>A.java</sourceFile>")
                    .append("<mutatedClass>kmcheck.km.A</mutatedClass><mutatedMethod>m</mutatedMethod>")
                    .append("<lineNumber>4</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.")
                    .append("VoidMethodCallMutator</mutator><description>removed call</description></mutation>\n");
        }
        Path report = dir.resolve("mutations.xml");
        Files.writeString(report, xml.append("</mutations>\n"));
        return PitSurvivors.readReport(report, dir.resolve("src"));
    }

    private List<PitSurvivors.Row> table(String rows) throws Exception {
        Path t = dir.resolve("pit-survivors.tsv");
        Files.writeString(t, HEAD + rows);
        return PitSurvivors.readTable(t);
    }

    @Test
    void aSurvivorIsMatchedByItsSourceText() throws Exception {
        List<PitSurvivors.Mutation> all = report("SURVIVED", "KILLED");
        assertEquals("sched.point(self);", all.get(0).code());
        List<PitSurvivors.Row> rows = table("A\tm\tVoidMethodCallMutator\tsched.point(self);\tinterleaving\tfewer interleavings\n");
        assertTrue(PitSurvivors.print(all, rows, dir.resolve("pit-survivors.tsv")));
    }

    @Test
    void anUndocumentedSurvivorFails() throws Exception {
        assertFalse(PitSurvivors.print(report("SURVIVED"), table(""), dir.resolve("pit-survivors.tsv")));
    }

    @Test
    void aRowNoSurvivorMatchesFails() throws Exception {
        List<PitSurvivors.Row> rows = table("A\tm\tVoidMethodCallMutator\tsched.point(self);\tinterleaving\tfewer interleavings\n");
        assertFalse(PitSurvivors.print(report("KILLED"), rows, dir.resolve("pit-survivors.tsv")));
    }

    @Test
    void aMalformedRowNamesItsLine() {
        PitSurvivors.BadInput e = assertThrows(PitSurvivors.BadInput.class, () -> table("A\tm\tbad row\n"));
        assertTrue(e.getMessage().endsWith("pit-survivors.tsv:2: 6 tab-separated columns expected, found 3"), e.getMessage());
        e = assertThrows(PitSurvivors.BadInput.class, () -> table("A\tm\tV\tcode\tguess\twhy\n"));
        assertTrue(e.getMessage().contains(":2: kind guess is none of"), e.getMessage());
    }
}
