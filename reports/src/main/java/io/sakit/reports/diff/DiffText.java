package io.sakit.reports.diff;

import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link ReportDiff} as plain text for a terminal: one section per kind of change, aligned
 * columns, no colour. Control characters from the reports are shown as '?', so a report cannot send
 * escape sequences to the terminal.
 */
public final class DiffText {

    private DiffText() {
    }

    /** Returns the text of {@code diff}, ending in a newline. */
    public static String render(ReportDiff diff) {
        StringBuilder text = new StringBuilder();
        text.append("verdict: ").append(diff.verdictChanged() ? diff.verdictBefore() + " -> " + diff.verdictAfter() : diff.verdictAfter() + " (unchanged)")
                .append('\n');
        if (diff.sameRun()) {
            text.append("run: same adapter, options, capabilities, profile, kit digest, seed and budget\n");
        } else {
            text.append("run differs:\n");
            diff.identity().forEach(c -> text.append("  ").append(c.what()).append(": ").append(c.before()).append(" -> ").append(c.after()).append('\n'));
        }
        changes(text, "requirements", diff.requirements());
        changes(text, "cases", diff.cases());
        ids(text, "cases added", diff.added());
        ids(text, "cases removed", diff.removed());
        if (diff.isEmpty()) {
            text.append("no differences\n");
        }
        return text.toString().replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
    }

    private static <S> void changes(StringBuilder text, String title, List<StatusChange<S>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int width = changes.stream().mapToInt(c -> c.id().length()).max().orElse(0);
        text.append(title).append(" changed (").append(changes.size()).append("):\n");
        for (StatusChange<S> change : changes) {
            text.append("  ").append(pad(change.id(), width)).append("  ").append(name(change.before())).append(" -> ").append(name(change.after()))
                    .append('\n');
        }
    }

    private static void ids(StringBuilder text, String title, List<String> ids) {
        if (!ids.isEmpty()) {
            text.append(title).append(" (").append(ids.size()).append("):\n");
            ids.forEach(id -> text.append("  ").append(id).append('\n'));
        }
    }

    private static String name(Optional<?> status) {
        return status.map(Object::toString).orElse("(absent)");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
