package io.djflink.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds job directories under a base directory: its subdirectories that hold a
 * {@code job_summary.json}, and those one level further down. A base directory can thus be one
 * recipe's {@code work_dir} ({@code outputs/quickstart}) or the directory that holds several
 * ({@code outputs}), as the {@code bin/dj-job} default is.
 */
public final class JobDirectories {

    /** Where {@code bin/dj-job} looks when no {@code --base-dir} is given. */
    public static final Path DEFAULT_BASE_DIR = Path.of("outputs");

    private static final String SUMMARY = "job_summary.json";

    private JobDirectories() {
    }

    /** Every job directory under {@code baseDir}, sorted by path; none when it does not exist. */
    public static List<Path> find(Path baseDir) throws IOException {
        List<Path> jobs = new ArrayList<>();
        for (Path child : subdirectories(baseDir.toAbsolutePath().normalize())) {
            if (Files.isRegularFile(child.resolve(SUMMARY))) {
                jobs.add(child);
            } else {
                subdirectories(child).stream().filter(d -> Files.isRegularFile(d.resolve(SUMMARY))).forEach(jobs::add);
            }
        }
        return jobs.stream().sorted().toList();
    }

    /**
     * The directory of job {@code jobId} under {@code baseDir}.
     *
     * @throws UnknownJobException when there is none, or several, naming the jobs found
     */
    public static Path locate(Path baseDir, String jobId) throws IOException {
        List<Path> all = find(baseDir);
        List<Path> matches = all.stream().filter(d -> d.getFileName().toString().equals(jobId)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        Path base = baseDir.toAbsolutePath().normalize();
        if (matches.size() > 1) {
            throw new UnknownJobException("job " + jobId + " is in several work dirs under " + base + ": "
                    + matches.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + "; pass one of them as --base-dir");
        }
        String found = all.isEmpty() ? "no jobs found there" : "jobs found: "
                + all.stream().map(d -> base.relativize(d).toString()).collect(Collectors.joining(", "));
        throw new UnknownJobException("no job " + jobId + " under " + base + " (" + found + ")");
    }

    private static List<Path> subdirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        }
    }
}
