package io.djflink.ops.filter.media;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.media.ByteSize;
import io.djflink.ops.media.MediaUnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * DataJuicer's {@code image_size_filter} and {@code audio_size_filter}: each file's size in bytes
 * ({@code os.path.getsize}) within [min_size, max_size], sizes written as {@code "1MB"} and the like
 * (see {@link ByteSize}).
 */
abstract class FileSizeFilter extends MediaFilter {

    private final String kind;
    private final KeepRange range;

    FileSizeFilter(OpArgs args, String kind, String mediaKeyParam, String statKey) {
        super(args, mediaKeyParam, List.of(statKey));
        this.kind = kind;
        this.range = new KeepRange((double) bytes(args, "min_size"), (double) bytes(args, "max_size"),
                args.bool("min_closed_interval"), args.bool("max_closed_interval"), args.bool("reversed_range"));
    }

    private static long bytes(OpArgs args, String param) {
        try {
            return ByteSize.parse(args.string(param));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + param + "': " + e.getMessage(), e);
        }
    }

    @Override
    final List<Object> measure(Path file) {
        try {
            return List.of(Files.size(file));
        } catch (IOException e) {
            throw new MediaUnreadableException(kind, file, Files.exists(file) ? String.valueOf(e) : "no such file", e);
        }
    }

    @Override
    final boolean keeps(List<Number> stats) {
        return range.keeps(stats.get(0).doubleValue());
    }
}
