package io.djflink.storage.input;

import io.djflink.ops.Sample;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a sample's media files are. DataJuicer's loader rewrites each relative path listed under the
 * recipe's {@code image_key}, {@code audio_key} and {@code video_key} to an absolute one, joined to
 * the dataset's directory ({@code rel2abs}): the directory {@code dataset_path} names, or the
 * directory of the dataset file. dj-flink does the same; for a glob, which DataJuicer leaves
 * unresolved, it joins each path to its own file's directory. Absolute paths and URLs
 * ({@code s3://...}) are left as they are.
 */
public final class MediaLocations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String datasetDirectory;
    private final List<String> mediaKeys;

    /**
     * @param datasetPath {@code dataset_path} as the recipe gives it
     * @param mediaKeys the top-level fields listing media paths
     */
    public MediaLocations(String datasetPath, List<String> mediaKeys) {
        Path dataset = Path.of(datasetPath).toAbsolutePath().normalize();
        this.datasetDirectory = Files.isDirectory(dataset) ? dataset.toString() : null;
        this.mediaKeys = List.copyOf(mediaKeys);
    }

    /** The top-level fields that list media paths. */
    public List<String> mediaKeys() {
        return mediaKeys;
    }

    /** Makes the sample's relative media paths absolute, in place; {@code file} is the file it was read from. */
    public void absolutise(Sample sample, String file) {
        Path base = baseDirectory(file);
        for (String key : mediaKeys) {
            if (sample.get(key) instanceof List<?> paths && !paths.isEmpty()) {
                List<Object> resolved = new ArrayList<>(paths.size());
                for (Object path : paths) {
                    resolved.add(path instanceof String p && isRelativeFile(p) ? base.resolve(p).toString() : path);
                }
                sample.put(key, resolved);
            }
        }
    }

    /** Every media file the sample lists, resolved as {@link #absolutise} would. */
    public List<Path> files(Sample sample, String file) {
        Path base = baseDirectory(file);
        List<Path> files = new ArrayList<>();
        for (String key : mediaKeys) {
            if (sample.get(key) instanceof List<?> paths) {
                for (Object path : paths) {
                    if (path instanceof String p && !p.contains("://")) {
                        files.add(base.resolve(p));
                    }
                }
            }
        }
        return files;
    }

    private Path baseDirectory(String file) {
        return datasetDirectory != null ? Path.of(datasetDirectory) : Path.of(file).toAbsolutePath().getParent();
    }

    private static boolean isRelativeFile(String path) {
        return !path.contains("://") && !Path.of(path).isAbsolute();
    }
}
