package io.djflink.storage.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines a reader skipped as corrupt: all are counted, the first {@value #MAX_KEPT} are kept so
 * that a warning can name them without an input full of garbage filling the memory.
 */
public final class CorruptLineLog {

    public static final int MAX_KEPT = 100;
    private static final int NAMED_IN_SUMMARY = 5;

    private long count;
    private final List<CorruptLine> kept = new ArrayList<>();

    public void record(CorruptLine line) {
        count++;
        if (kept.size() < MAX_KEPT) {
            kept.add(line);
        }
    }

    /** Adds another reader's skipped lines after this one's. */
    public void addAll(CorruptLineLog other) {
        for (CorruptLine line : other.kept) {
            if (kept.size() < MAX_KEPT) {
                kept.add(line);
            }
        }
        count += other.count;
    }

    public long count() {
        return count;
    }

    /** The first {@value #MAX_KEPT} skipped lines, in reading order. */
    public List<CorruptLine> lines() {
        return Collections.unmodifiableList(kept);
    }

    /** One line for a warning, e.g. {@code skipped 2 corrupt lines: a.jsonl:3: not valid JSON: ...; a.jsonl:9: ...}. */
    public String summary() {
        String named = kept.stream().limit(NAMED_IN_SUMMARY).map(CorruptLine::toString)
                .collect(Collectors.joining("; "));
        String more = count > NAMED_IN_SUMMARY ? "; and " + (count - NAMED_IN_SUMMARY) + " more" : "";
        return "skipped " + count + " corrupt line" + (count == 1 ? "" : "s") + ": " + named + more;
    }
}
