package io.djflink.ops.media;

import java.util.List;
import java.util.Locale;

/**
 * DataJuicer's {@code any_or_all}: whether a sample with several media files is kept when any of
 * them passes the test, or only when all do.
 */
public enum KeepStrategy {
    ANY,
    ALL;

    public static final List<String> NAMES = List.of("any", "all");

    public static KeepStrategy named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean keeps(boolean[] perItem) {
        for (boolean kept : perItem) {
            if (kept == (this == ANY)) {
                return kept;
            }
        }
        return this == ALL;
    }
}
