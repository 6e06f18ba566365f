package io.djflink.job;

import io.djflink.config.OpConfig;
import io.djflink.config.PartitionMode;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.config.RecipeConfig;
import io.djflink.ops.OpRegistry;
import io.djflink.partition.ModalityDetector;
import io.djflink.partition.PartitionPlanner;
import io.djflink.partition.PartitionReader;
import io.djflink.partition.PartitionTable;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.RowLoading;
import io.djflink.runtime.operators.OpFailureException;
import io.djflink.storage.export.ExportAssembly;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.OnCorruptLine;
import io.djflink.storage.outputs.ResultEncoding;
import io.djflink.storage.outputs.ResultShaper;
import io.djflink.storage.records.RecordWriter;
import io.djflink.storage.records.StoredRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code executor_type: default}: runs a recipe in this JVM without Flink, for small data and for
 * debugging a recipe in a second. It reads the whole input as one partition, runs the ops in input
 * order (see {@link LocalPipeline}) and writes the export exactly as the Flink engine would, with
 * the same fields dropped and the same format, atomically. It keeps no job directory: there is
 * nothing to resume.
 */
public final class LocalRunner {

    /** A run that could not finish; the message names what failed, and where. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @param skippedLines input lines skipped as corrupt ({@code skip_corrupt_lines}) */
    public record Result(String exportPath, long inputRows, long outputRows, long skippedLines) {

        public String message() {
            return "Exported " + outputRows + " of " + inputRows + " rows to " + exportPath
                    + (skippedLines > 0 ? " (" + skippedLines + " corrupt input lines skipped)" : "")
                    + " (executor_type: default)";
        }
    }

    public Result run(RecipeConfig config) throws IOException, Failure {
        ExecutionPlan plan = ExecutionPlan.of(config, OpRegistry.defaults());
        PartitionTable table = new PartitionPlanner(config.datasetPath(), onePartition(config.partition()),
                config.np(), ModalityDetector.forRecipe(config),
                config.process().stream().map(OpConfig::name).toList()).plan();
        RowLoading loading = RowLoading.forRecipe(config, plan);
        List<LocalPipeline.Record> input = new ArrayList<>();
        long skippedLines;
        try (PartitionReader reader = PartitionReader.open(table.partition(0), 0,
                config.skipCorruptLines() ? OnCorruptLine.SKIP : OnCorruptLine.FAIL)) {
            for (InputRow row = reader.next(); row != null; row = reader.next()) {
                input.add(new LocalPipeline.Record(row.row(), loading.load(row)));
            }
            skippedLines = reader.corruptLines().count();
        }
        List<LocalPipeline.Record> output;
        try {
            output = new LocalPipeline(plan, config.skipOpError(), OpRegistry.defaults()).run(input);
        } catch (OpFailureException e) {
            throw new Failure(FailureReport.describe(e, table), e);
        }
        String jobId = config.jobId() != null ? config.jobId() : JobIds.newId();
        Path target = Path.of(config.exportPathFor(jobId));
        export(output, new ResultShaper(config.keepStatsInResDs(), config.keepHashesInResDs()), target);
        return new Result(target.toString(), input.size(), output.size(), skippedLines);
    }

    private static PartitionSettings onePartition(PartitionSettings recipe) {
        return new PartitionSettings(PartitionMode.MANUAL, 1, recipe.targetSizeMb(), recipe.size(),
                recipe.maxSizeMb());
    }

    /** Writes the records as the engine's one result part, then assembles the export from it. */
    private static void export(List<LocalPipeline.Record> records, ResultShaper shaper, Path target)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, "." + target.getFileName(), ".part.jsonl");
        try {
            try (RecordWriter out = ResultEncoding.INSTANCE.newWriter(Files.newOutputStream(part))) {
                for (LocalPipeline.Record r : records) {
                    out.write(r.row(), StoredRecord.NO_SUB, shaper.shape(r.sample()));
                }
            }
            ExportAssembly.write(new ExportAssembly.Export(List.of(part), records.size()), target);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
