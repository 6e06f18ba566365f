package io.djflink.partition;

import java.util.Locale;

/**
 * What a dataset's rows hold, with the partition sizing DataJuicer's user document gives each kind:
 * rows per partition when nothing could be measured, the most rows a partition may hold, and how
 * much more memory a row takes while processed than its JSON size.
 */
public enum Modality {
    TEXT(10_000, 50_000, 1.0, 100),
    IMAGE(2_000, 10_000, 5.0, 10),
    AUDIO(1_000, 4_000, 8.0, 10),
    VIDEO(400, 2_000, 20.0, 10),
    /** More than one of the above in one row. */
    MULTIMODAL(1_600, 6_000, 10.0, 10);

    private final int defaultRows;
    private final int maxRows;
    private final double memoryMultiplier;
    private final int minRows;

    Modality(int defaultRows, int maxRows, double memoryMultiplier, int minRows) {
        this.defaultRows = defaultRows;
        this.maxRows = maxRows;
        this.memoryMultiplier = memoryMultiplier;
        this.minRows = minRows;
    }

    public int defaultRows() {
        return defaultRows;
    }

    public int maxRows() {
        return maxRows;
    }

    public double memoryMultiplier() {
        return memoryMultiplier;
    }

    /** The fewest rows a computed partition size may come to (DataJuicer's floor: 100 for text, 10 otherwise). */
    public int minRows() {
        return minRows;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality forConfigName(String name) {
        for (Modality m : values()) {
            if (m.configName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown modality '" + name + "' (known: text, image, audio, video, multimodal)");
    }
}
