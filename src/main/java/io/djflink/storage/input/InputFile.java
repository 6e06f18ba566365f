package io.djflink.storage.input;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One input file and the state it was seen in; a resumed job compares these to tell whether the
 * input changed.
 *
 * @param path absolute, normalised path
 * @param modified last modification time, at the file system's precision
 */
public record InputFile(String path, InputFileKind kind, long size, Instant modified) implements Serializable {

    /** The file as it is now; its kind must be supported. */
    public static InputFile of(Path file, InputFileKind kind) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new InputFile(absolute.toString(), kind, Files.size(absolute),
                Files.getLastModifiedTime(absolute).toInstant());
    }

    public Path toPath() {
        return Path.of(path);
    }
}
