package io.djflink.ops.filter.media;

import io.djflink.ops.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The media files a sample lists under a key ({@code images}, {@code audios}, {@code videos}). As in
 * DataJuicer, a missing, null or empty field means no media. Relative paths were made absolute
 * against the dataset's directory when the sample was read; any still relative here resolve against
 * the working directory, as in DataJuicer.
 */
final class MediaPaths {

    private MediaPaths() {
    }

    /** @throws IllegalArgumentException when the field is not a list of strings */
    static List<Path> of(Sample sample, String key) {
        Object value = sample.getPath(key);
        if (value == null || value == Sample.ABSENT || value instanceof Collection<?> c && c.isEmpty()) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("field '" + key + "' must be a list of file paths, got " + value);
        }
        List<Path> paths = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String path)) {
                throw new IllegalArgumentException("field '" + key + "' must be a list of file paths, got the item "
                        + item);
            }
            paths.add(Path.of(path));
        }
        return paths;
    }
}
