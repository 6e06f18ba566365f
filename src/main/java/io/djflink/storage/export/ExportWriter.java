package io.djflink.storage.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the job's final output from its per-partition results. */
public interface ExportWriter {

    /**
     * Writes one export file.
     *
     * @param orderedJsonlParts JSON-lines files of plain samples (no position fields), in output
     *     order; a writer may read them more than once
     * @param target the file to write (created or replaced); moving it into place is the caller's job
     */
    void write(List<Path> orderedJsonlParts, Path target) throws IOException;
}
