package io.djflink.storage.export;

import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.AtomicFiles;
import io.djflink.storage.outputs.OutputManifest;
import io.djflink.storage.outputs.PartFile;
import io.djflink.storage.outputs.PartitionOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@code export_path} from the partitions' committed results, in partition order (which is
 * input order), atomically: the export appears complete or not at all.
 */
public final class ExportAssembly {

    private ExportAssembly() {
    }

    /**
     * The result parts of partitions {@code 0..partitions-1}, in order.
     *
     * @throws IOException naming the first partition whose result is missing, incomplete or was
     *     computed by different ops
     */
    public static Export collect(JobLayout layout, int partitions, String fingerprint) throws IOException {
        List<Path> parts = new ArrayList<>();
        long rows = 0;
        for (int p = 0; p < partitions; p++) {
            Path dir = layout.resultDir(p);
            Optional<OutputManifest> m = PartitionOutputs.manifest(dir);
            if (m.isEmpty()) {
                throw new IOException("partition " + p + " has no committed result in " + dir);
            }
            if (!m.get().fingerprint().equals(fingerprint)) {
                throw new IOException("the result of partition " + p + " was computed by a different pipeline");
            }
            String problem = PartitionOutputs.problem(dir, m.get(), false);
            if (problem != null) {
                throw new IOException("the result of partition " + p + " is damaged: " + problem);
            }
            for (PartFile f : m.get().parts()) {
                parts.add(dir.resolve(f.file()));
            }
            rows += m.get().rowCount();
        }
        return new Export(parts, rows);
    }

    /** Writes the export to a temporary file beside {@code target}, syncs it and renames it into place. */
    public static void write(Export export, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".inprogress");
        ExportFormat.forPath(target.toString()).writer().write(export.parts(), tmp);
        AtomicFiles.sync(tmp);
        AtomicFiles.moveDurably(tmp, target);
    }

    /**
     * @param parts JSON-lines result files in export order
     * @param rows total rows
     */
    public record Export(List<Path> parts, long rows) {
    }
}
