package io.djflink.ops.media;

import java.nio.file.Path;

/**
 * A sample's media file is missing or cannot be understood. The engines drop such a sample, count
 * it and log it with its row, as DataJuicer's default {@code skip_op_error: true} drops it.
 */
public final class MediaUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaUnreadableException(String kind, Path file, String reason, Throwable cause) {
        super(kind + " '" + file + "' cannot be read: " + reason, cause);
    }

    public MediaUnreadableException(String kind, Path file, String reason) {
        this(kind, file, reason, null);
    }
}
