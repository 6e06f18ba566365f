package io.djflink.partition;

import io.djflink.config.OpConfig;
import io.djflink.config.PartitionMode;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.config.RecipeConfig;
import io.djflink.storage.input.InputDiscovery;
import io.djflink.storage.input.InputFile;
import io.djflink.storage.input.MediaLocations;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a new job's partitions: finds the input files, scans them once to count (manual mode) or
 * measure (auto mode) the rows, cuts the row range, and scans again to hash each partition. Two
 * scans, because where the cuts fall depends on totals known only at the end of the first; the
 * second one mostly reads from the page cache.
 *
 * <p>Manual mode allows more partitions than rows: the surplus partitions are empty and a warning
 * says so, rather than failing a recipe on a small sample of the data it was written for.
 */
public final class PartitionPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionPlanner.class);

    private final String datasetPath;
    private final PartitionSettings settings;
    private final int np;
    private final ModalityDetector modalityDetector;
    private final List<String> opNames;

    public PartitionPlanner(String datasetPath, PartitionSettings settings, int np, ModalityDetector modalityDetector,
            List<String> opNames) {
        this.datasetPath = datasetPath;
        this.settings = settings;
        this.np = np;
        this.modalityDetector = modalityDetector;
        this.opNames = List.copyOf(opNames);
    }

    public static PartitionPlanner forRecipe(RecipeConfig config) {
        return new PartitionPlanner(config.datasetPath(), config.partition(), config.np(),
                ModalityDetector.forRecipe(config), config.process().stream().map(OpConfig::name).toList());
    }

    public PartitionTable plan() throws IOException {
        List<InputFile> files = InputDiscovery.discover(datasetPath);
        PartitionTable table = settings.mode() == PartitionMode.MANUAL ? planManual(files) : planAuto(files);
        table.warnings().forEach(LOG::warn);
        LOG.info("{} partitions of {} rows{}: {}", table.partitions().size(), table.totalRows(),
                table.analysis() == null ? "" : ", modality " + table.analysis().primaryModality().configName()
                        + ", about " + table.analysis().rowsPerPartition() + " rows per partition",
                table.reason());
        return table;
    }

    private PartitionTable planManual(List<InputFile> files) throws IOException {
        int requested = settings.numOfPartitions();
        if (requested < 1) {
            throw new IllegalArgumentException("partition.num_of_partitions must be at least 1, got " + requested);
        }
        long rows = RowCounter.count(files);
        List<String> warnings = requested > rows
                ? List.of("partition.num_of_partitions is " + requested + " but the input has only " + rows
                        + " rows: partitions " + rows + "-" + (requested - 1) + " are empty")
                : List.of();
        List<Partition> partitions = PartitionScan.scan(files, RowCuts.evenByRows(rows, requested));
        String reason = "partition.num_of_partitions = " + requested
                + " (manual mode): contiguous row ranges whose sizes differ by at most one row";
        return new PartitionTable(datasetPath, files, ContentHash.ALGORITHM, PartitionMode.MANUAL, reason, warnings,
                null, partitions);
    }

    private PartitionTable planAuto(List<InputFile> files) throws IOException {
        AutoPartitioning.AutoPlan plan = new AutoPartitioning(settings.targetSizeMb(), np, opNames)
                .plan(new RowMeasurer(modalityDetector, new MediaLocations(datasetPath, modalityDetector.mediaKeys()))
                        .measure(files));
        List<Partition> partitions = PartitionScan.scan(files, plan.bounds());
        return new PartitionTable(datasetPath, files, ContentHash.ALGORITHM, PartitionMode.AUTO, plan.reason(),
                List.of(), plan.analysis(), partitions);
    }
}
