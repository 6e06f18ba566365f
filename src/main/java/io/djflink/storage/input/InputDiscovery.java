package io.djflink.storage.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns {@code dataset_path} into the ordered list of input files: a single file, every supported
 * file under a directory (recursively), or every supported file a glob matches. Directory and glob
 * results are sorted by their path relative to the directory (or the glob's fixed prefix), so the
 * row order of the dataset never depends on the file system's listing order. Names starting with a
 * dot are hidden (editor and notebook copies) and skipped, as pyarrow and Spark do.
 */
public final class InputDiscovery {

    private static final String GLOB_CHARACTERS = "*?[{";
    private static final String WHAT_IS_SUPPORTED = "expected a " + InputFileKind.SUPPORTED_EXTENSIONS
            + " file, a directory of such files, or a glob such as data/*.jsonl";

    private InputDiscovery() {
    }

    public static List<InputFile> discover(String datasetPath) throws IOException {
        if (datasetPath == null || datasetPath.isBlank()) {
            throw new InvalidDatasetPathException("dataset_path is not set (" + WHAT_IS_SUPPORTED + ")");
        }
        if (isGlob(datasetPath)) {
            return discoverGlob(datasetPath);
        }
        Path path = Path.of(datasetPath);
        if (Files.isDirectory(path)) {
            return discoverDirectory(datasetPath, path);
        }
        if (!Files.exists(path)) {
            throw new InvalidDatasetPathException("dataset_path '" + datasetPath + "' does not exist ("
                    + WHAT_IS_SUPPORTED + ")");
        }
        Optional<InputFileKind> kind = InputFileKind.forFileName(path.getFileName().toString());
        if (kind.isEmpty()) {
            throw new InvalidDatasetPathException("dataset_path '" + datasetPath
                    + "' is not a supported file type (supported: " + InputFileKind.SUPPORTED_EXTENSIONS + ")");
        }
        return List.of(InputFile.of(path, kind.get()));
    }

    private static boolean isGlob(String datasetPath) {
        return datasetPath.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0);
    }

    private static List<InputFile> discoverDirectory(String datasetPath, Path directory) throws IOException {
        List<InputFile> files = supportedFilesUnder(directory, Integer.MAX_VALUE, relative -> true);
        if (files.isEmpty()) {
            throw new InvalidDatasetPathException("dataset_path '" + datasetPath + "' is a directory without any "
                    + InputFileKind.SUPPORTED_EXTENSIONS + " files");
        }
        return files;
    }

    /** The glob's fixed leading directories are walked; the rest is matched against relative paths. */
    private static List<InputFile> discoverGlob(String datasetPath) throws IOException {
        String normalised = datasetPath.replace('\\', '/');
        String[] parts = normalised.split("/", -1);
        int firstGlobPart = 0;
        while (!isGlob(parts[firstGlobPart])) {
            firstGlobPart++;
        }
        String base = String.join("/", Arrays.copyOfRange(parts, 0, firstGlobPart));
        String pattern = String.join("/", Arrays.copyOfRange(parts, firstGlobPart, parts.length));
        Path baseDirectory = base.isEmpty() ? Path.of(normalised.startsWith("/") ? "/" : ".") : Path.of(base);
        if (!Files.isDirectory(baseDirectory)) {
            throw new InvalidDatasetPathException("dataset_path '" + datasetPath + "': directory '" + baseDirectory
                    + "' does not exist (" + WHAT_IS_SUPPORTED + ")");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - firstGlobPart;
        List<InputFile> files = supportedFilesUnder(baseDirectory, depth, matcher::matches);
        if (files.isEmpty()) {
            throw new InvalidDatasetPathException("dataset_path '" + datasetPath + "' matches no "
                    + InputFileKind.SUPPORTED_EXTENSIONS + " files");
        }
        return files;
    }

    private static List<InputFile> supportedFilesUnder(Path directory, int depth, PathMatcher relativeFilter)
            throws IOException {
        List<Path> relativePaths;
        try (Stream<Path> walk = Files.walk(directory, depth)) {
            relativePaths = walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(relative -> !isHidden(relative))
                    .filter(relative -> InputFileKind.forFileName(relative.getFileName().toString()).isPresent())
                    .filter(relativeFilter::matches)
                    .sorted(Comparator.comparing(InputDiscovery::slashSeparated))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<InputFile> files = new ArrayList<>(relativePaths.size());
        for (Path relative : relativePaths) {
            Path file = directory.resolve(relative);
            files.add(InputFile.of(file, InputFileKind.forFileName(file.getFileName().toString()).orElseThrow()));
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashSeparated(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
