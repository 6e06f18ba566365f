package io.djflink.config;

import java.nio.file.Path;

/**
 * How {@code export_path} and {@code work_dir} become absolute paths, as DataJuicer resolves
 * them: relative to the current directory, {@code ~} expanded, remote URIs ({@code s3://...})
 * left alone. Placeholders ({@code {work_dir}}, {@code {job_id}}) are kept for
 * {@link RecipeConfig#exportPathFor} to fill in once the job id is known.
 */
final class RecipePaths {

    static final String JOB_ID = "{job_id}";
    static final String WORK_DIR = "{work_dir}";

    private RecipePaths() {
    }

    /** {@code path} made absolute; a path that starts with a placeholder or is a URI is kept. */
    static String absolute(String path) {
        if (path.startsWith("{") || path.contains("://")) {
            return path;
        }
        String expanded = path.equals("~") || path.startsWith("~/")
                ? System.getProperty("user.home") + path.substring(1) : path;
        return Path.of(expanded).toAbsolutePath().normalize().toString();
    }

    /** The directory of an export path; for a remote export, {@code ./outputs} (as DataJuicer). */
    static String directoryOf(String exportPath) {
        if (exportPath.contains("://")) {
            return absolute("outputs");
        }
        int slash = exportPath.lastIndexOf('/');
        return slash < 0 ? absolute(".") : slash == 0 ? "/" : exportPath.substring(0, slash);
    }

    /**
     * Drops a trailing {@code {job_id}} component: dj-flink always puts a job in
     * {@code {work_dir}/{job_id}/}, so DataJuicer's {@code ./outputs/{job_id}} means {@code ./outputs}.
     */
    static String withoutJobIdComponent(String workDir) {
        String trimmed = workDir.endsWith("/") && workDir.length() > 1
                ? workDir.substring(0, workDir.length() - 1) : workDir;
        if (trimmed.equals(JOB_ID)) {
            return ".";
        }
        if (!trimmed.endsWith("/" + JOB_ID)) {
            return trimmed;
        }
        String parent = trimmed.substring(0, trimmed.length() - JOB_ID.length() - 1);
        return parent.isEmpty() ? "/" : parent;
    }
}
