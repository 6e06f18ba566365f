package io.djflink.partition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How auto mode sized the partitions, kept in the job directory so that the choice can be
 * understood later.
 *
 * @param sampledRows how many of the first rows the modality was detected on
 * @param modalityCounts those rows by modality (rows that do not parse are not counted)
 * @param p90RowBytes the 90th percentile of all rows' sizes: JSON plus the media files they list
 * @param rowsWithMedia how many rows list at least one existing media file
 * @param complexity the recipe's pipeline complexity and what each op added
 * @param rowsPerPartition rows that fit {@code targetSizeMb} at the p90 size
 * @param partitionsBySize {@code ceil(rows / rowsPerPartition)}
 * @param throughputFloor the fewest partitions that keep every worker busy
 */
public record PartitionAnalysis(int sampledRows, Map<Modality, Long> modalityCounts, Modality primaryModality,
        long p90RowBytes, long rowsWithMedia, PipelineComplexity complexity, int targetSizeMb, long rowsPerPartition,
        long partitionsBySize, long throughputFloor) {

    public PartitionAnalysis {
        EnumMap<Modality, Long> counts = new EnumMap<>(Modality.class);
        counts.putAll(modalityCounts);
        modalityCounts = Collections.unmodifiableMap(counts);
    }

    public List<OpWeight> scoredOps() {
        return complexity.ops();
    }
}
