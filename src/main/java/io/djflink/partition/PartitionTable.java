package io.djflink.partition;

import io.djflink.config.PartitionMode;
import io.djflink.storage.input.InputFile;
import java.util.List;

/**
 * The partitions of a job's input, fixed when the job starts and reused as they are when it
 * resumes, whatever the parallelism.
 *
 * @param datasetPath {@code dataset_path} as the recipe gave it
 * @param files the input files in dataset order, as they were when partitioned
 * @param reason why this many partitions, in words
 * @param warnings things the user should know about the partitioning (e.g. empty partitions)
 * @param analysis auto mode's measurements, {@code null} in manual mode
 */
public record PartitionTable(String datasetPath, List<InputFile> files, String hashAlgorithm, PartitionMode mode,
        String reason, List<String> warnings, PartitionAnalysis analysis, List<Partition> partitions) {

    public PartitionTable {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        partitions = List.copyOf(partitions);
        long expectedStart = 0;
        for (int i = 0; i < partitions.size(); i++) {
            Partition p = partitions.get(i);
            if (p.id() != i || p.startRow() != expectedStart) {
                throw new IllegalArgumentException("partition " + p.id() + " at position " + i + " starts at row "
                        + p.startRow() + ", expected partition " + i + " starting at row " + expectedStart);
            }
            expectedStart = p.endRow();
        }
    }

    public long totalRows() {
        return partitions.isEmpty() ? 0 : partitions.get(partitions.size() - 1).endRow();
    }

    public long totalBytes() {
        return partitions.stream().mapToLong(Partition::bytes).sum();
    }

    public Partition partition(int id) {
        return partitions.get(id);
    }
}
