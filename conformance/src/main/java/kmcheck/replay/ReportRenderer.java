package kmcheck.replay;

import kmcheck.tracefile.TlaText;

/** Renders a {@link ReplayReport} as text. Stateless. */
final class ReportRenderer {
    private ReportRenderer() {
    }

    static String render(ReplayReport r) {
        StringBuilder out = new StringBuilder();
        if (r.conforms()) {
            out.append(r.trace()).append(": conforms (").append(r.stepsRead()).append(" steps)\n");
            r.frontier().ifPresent(f -> out.append("  ").append(f).append('\n'));
            return out.toString();
        }
        Divergence d = r.divergence().orElseThrow();
        out.append(r.trace()).append(':').append(d.line()).append(": ").append(headline(d)).append('\n');
        out.append("  step ").append(d.seq()).append(", actor ").append(shown(d.actor()))
                .append(", action ").append(shown(d.action())).append('\n');
        out.append("  matched prefix: ").append(r.matchedPrefix()).append(" of ").append(r.stepsRead())
                .append(" steps read\n");
        d.violatedInvariant().ifPresent(inv -> out.append("  violated invariant: ").append(inv).append('\n'));
        if (!d.note().isEmpty()) {
            out.append("  note: ").append(d.note()).append('\n');
        }
        r.frontier().ifPresent(f -> out.append("  ").append(f).append('\n'));
        if (!d.diffs().isEmpty()) {
            table(out, d);
        }
        return out.toString();
    }

    private static String headline(Divergence d) {
        return switch (d.kind()) {
            case UNKNOWN_ACTION -> TlaText.printable(d.action()) + " is not an action of the spec";
            case UNKNOWN_ACTOR -> "actor " + TlaText.printable(d.actor()) + " is not an actor of the model";
            case WRONG_ACTOR -> "actor " + shown(d.actor()) + " cannot take action " + shown(d.action());
            case NOT_INITIAL -> "step 0 is not an initial state of the spec";
            case NOT_ENABLED -> "action " + d.action() + " is not enabled";
            case WRONG_SUCCESSOR -> "recorded state is not a successor under " + d.action();
            case INVARIANT_VIOLATED -> "invariant " + d.violatedInvariant().orElse("?") + " is violated";
            case INVARIANT_POSSIBLY_VIOLATED -> "invariant " + d.violatedInvariant().orElse("?")
                    + " may be violated: the trace is consistent with behaviours that break it and with ones that do not";
            case STUCK -> "the run stopped with no actor able to move or make a step, but the spec can go on from its last state";
            case PANIC -> "the run ended in the recursion panic, but the spec has no recursion in its last state";
        };
    }

    /** A name from the trace, quoted and escaped unless it is an identifier: it cannot break a line. */
    private static String shown(String name) {
        return TlaText.isIdentifier(name) ? name : TlaText.printable(name);
    }

    private static void table(StringBuilder out, Divergence d) {
        int wv = "variable".length();
        int wr = "recorded".length();
        for (VarDiff v : d.diffs()) {
            wv = Math.max(wv, v.variable().length());
            wr = Math.max(wr, v.recorded().length());
        }
        String fmt = "  %-" + wv + "s | %-" + wr + "s | %s%n";
        out.append(String.format(fmt, "variable", "recorded", "spec (nearest allowed)"));
        out.append("  ").append("-".repeat(wv)).append("-+-").append("-".repeat(wr)).append("-+-")
                .append("-".repeat("spec (nearest allowed)".length())).append('\n');
        for (VarDiff v : d.diffs()) {
            out.append(String.format(fmt, v.variable(), v.recorded(), v.spec()));
        }
    }
}
