package io.djflink.partition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Auto mode's partition count and cut. DataJuicer's four steps, done on the real data and ops:
 * detect the modality on the first rows, take the 90th percentile row size (its JSON and the media
 * files it lists: an image row weighs what its image does), score the pipeline,
 * and fit {@code target_size_mb} of memory per partition. Then two dj-flink changes: at least
 * {@code min(4 × np, input / 2 MiB)} partitions so that every worker has work on mid-size inputs
 * while tiny ones stay whole, and cuts that balance bytes rather than rows, because document sizes
 * vary by orders of magnitude.
 */
final class AutoPartitioning {

    static final long MIB = 1L << 20;
    /**
     * Partitions per unit of parallelism at least: splits are handed out as readers free up, so
     * several per core even out uneven documents, and a resumed job loses at most a partition's
     * work per core.
     */
    static final int PARTITIONS_PER_CORE = 4;
    /** No smaller partitions than this for the floor above: per-partition overhead would dominate. */
    static final long MIN_FLOOR_PARTITION_BYTES = 2 * MIB;

    private final int targetSizeMb;
    private final int np;
    private final PipelineComplexity complexity;

    AutoPartitioning(int targetSizeMb, int np, List<String> opNames) {
        if (targetSizeMb < 1) {
            throw new IllegalArgumentException("partition.target_size_mb must be at least 1, got " + targetSizeMb);
        }
        if (np < 1) {
            throw new IllegalArgumentException("np must be at least 1, got " + np);
        }
        this.targetSizeMb = targetSizeMb;
        this.np = np;
        this.complexity = PipelineComplexity.of(opNames);
    }

    /** @param bounds as {@link RowCuts} returns them */
    record AutoPlan(PartitionAnalysis analysis, long[] bounds, String reason) {
    }

    /** DataJuicer's sample size: all rows below 1000, then 1% up to 1000 rows, then 0.1% up to 10000. */
    static int sampleSize(long rows) {
        if (rows < 1_000) {
            return (int) rows;
        }
        if (rows < 100_000) {
            return (int) Math.min(1_000, rows / 100);
        }
        return (int) Math.min(RowMeasurer.MAX_SAMPLED_ROWS, rows / 1_000);
    }

    AutoPlan plan(RowMeasurements measurements) {
        RowSizes sizes = measurements.sizes();
        long rows = sizes.count();
        int sampled = sampleSize(rows);
        Map<Modality, Long> counts = countModalities(measurements.firstRowModalities().subList(0, sampled));
        Modality modality = mostFrequent(counts);
        long p90 = sizes.p90Bytes();
        long rowsPerPartition = rowsPerPartition(modality, p90);
        long bySize = rows == 0 ? 0 : (rows - 1) / rowsPerPartition + 1;
        long throughputFloor = Math.max(1, Math.min((long) PARTITIONS_PER_CORE * np,
                sizes.totalBytes() / MIN_FLOOR_PARTITION_BYTES));
        long requested = Math.max(bySize, throughputFloor);
        int partitions = (int) Math.min(requested, Math.max(1, rows));
        long[] bounds = RowCuts.balancedByBytes(sizes, partitions, modality.maxRows());
        PartitionAnalysis analysis = new PartitionAnalysis(sampled, counts, modality, p90, measurements.rowsWithMedia(),
                complexity, targetSizeMb, rowsPerPartition, bySize, throughputFloor);
        return new AutoPlan(analysis, bounds, reason(analysis, rows, sizes.totalBytes(), requested, bounds.length - 1));
    }

    private static Map<Modality, Long> countModalities(List<Modality> sample) {
        Map<Modality, Long> counts = new EnumMap<>(Modality.class);
        for (Modality m : Modality.values()) {
            counts.put(m, 0L);
        }
        for (Modality m : sample) {
            if (m != null) {
                counts.merge(m, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The most frequent modality; ties go to the earlier one (text, image, audio, video, multimodal). */
    private static Modality mostFrequent(Map<Modality, Long> counts) {
        Modality best = Modality.TEXT;
        for (Modality m : Modality.values()) {
            if (counts.get(m) > counts.get(best)) {
                best = m;
            }
        }
        return best;
    }

    private long rowsPerPartition(Modality modality, long p90) {
        if (p90 == 0) {
            return modality.defaultRows();
        }
        double rowMemory = p90 * modality.memoryMultiplier() * complexity.score();
        long fitting = (long) (targetSizeMb * MIB / rowMemory);
        return Math.max(modality.minRows(), Math.min(fitting, modality.maxRows()));
    }

    private String reason(PartitionAnalysis a, long rows, long bytes, long requested, int partitions) {
        if (rows == 0) {
            return "the input has no rows: one empty partition";
        }
        StringBuilder why = new StringBuilder();
        why.append(partitions).append(partitions == 1 ? " partition: " : " partitions: ")
                .append(rows).append(" rows, p90 ").append(a.p90RowBytes())
                .append(a.rowsWithMedia() > 0 ? " B (JSON and media files) x " : " B x ")
                .append(a.primaryModality().memoryMultiplier()).append(" (").append(a.primaryModality().configName())
                .append(") x complexity ").append(a.complexity().score()).append(" -> ")
                .append(a.rowsPerPartition()).append(" rows per ").append(a.targetSizeMb()).append(" MiB partition -> ")
                .append(a.partitionsBySize()).append(" by size");
        if (a.throughputFloor() > a.partitionsBySize()) {
            why.append("; raised to ").append(a.throughputFloor()).append(" = min(").append(PARTITIONS_PER_CORE)
                    .append(" x np ").append(np).append(", ").append(bytes / MIN_FLOOR_PARTITION_BYTES)
                    .append(" partitions of 2 MiB) so that every worker has work");
        }
        if (requested > rows) {
            why.append("; capped at one row per partition");
        }
        if (partitions > Math.min(requested, rows)) {
            why.append("; ").append(partitions - Math.min(requested, rows)).append(" added so that none exceeds ")
                    .append(a.primaryModality().maxRows()).append(" rows");
        }
        return why.append("; cut at row boundaries into partitions of similar bytes").toString();
    }
}
