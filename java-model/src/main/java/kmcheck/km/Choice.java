package kmcheck.km;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kmcheck.trace.SpecAction;

/**
 * The choices a process makes that the spec tells apart, as the scheduler's {@code choose} names
 * them: which call comes next (the workload), and whether an unmap frees a map entry (1.77's
 * nested putpage). Each says the spec action it starts and, where one action has both outcomes,
 * the place the process lands in, so that a steering chooser can tell which option takes which
 * spec transition.
 */
public enum Choice {
    POOL_GET("pool_get", SpecAction.PStart, null),
    POOL_PUT("pool_put", SpecAction.PFree, null),
    /** uvm_km_free: the physical page back to UVM, the process idle again */
    UNMAP_FREES("uvm_km_free", SpecAction.PUnmap, null),
    /** the map entry's pool_put calls uvm_km_putpage again */
    UNMAP_NESTS("uvm_mapent_free->pool_put", SpecAction.PUnmap, Pc.KM_ENTER);

    private final String label;
    private final SpecAction action;
    private final Pc lands;

    Choice(String label, SpecAction action, Pc lands) {
        this.label = label;
        this.action = action;
        this.lands = lands;
    }

    /** the option's name, as {@code choose} offers it */
    public String label() {
        return label;
    }

    /** the spec action the option's step is */
    public SpecAction action() {
        return action;
    }

    /** the place only this option of its action lands the process in, if the action has two outcomes */
    public Optional<Pc> lands() {
        return Optional.ofNullable(lands);
    }

    /** The other outcomes of this option's action, told apart by the place they land in. */
    public List<Choice> siblings() {
        return Arrays.stream(values()).filter(c -> c != this && c.action == action).toList();
    }

    /** The choice an option names, if it is one of these. */
    public static Optional<Choice> of(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    /** The labels of choices, in order, as {@code choose} takes them. */
    public static List<String> labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).toList();
    }
}
