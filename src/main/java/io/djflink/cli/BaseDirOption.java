package io.djflink.cli;

import io.djflink.job.JobDirectories;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --base-dir}: where {@code dj-job} looks for job directories. */
final class BaseDirOption {

    @Option(names = "--base-dir", paramLabel = "DIR", description = "A work_dir that holds job directories, or the "
            + "directory above several (default: ./outputs).")
    Path dir;

    Path dir() {
        return dir != null ? dir : JobDirectories.DEFAULT_BASE_DIR;
    }
}
