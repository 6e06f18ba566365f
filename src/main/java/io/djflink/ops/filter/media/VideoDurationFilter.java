package io.djflink.ops.filter.media;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.KeepStrategy;
import io.djflink.ops.media.Mp4Headers;
import java.nio.file.Path;
import java.util.List;

/**
 * DataJuicer's {@code video_duration_filter}: the duration of each video's first video stream in
 * whole seconds (DataJuicer rounds it, half to even), stat {@code video_duration}.
 */
public final class VideoDurationFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("video_duration_filter", VideoDurationFilter::new)
            .description("Keeps samples whose videos last [min_duration, max_duration] seconds (any or all videos).")
            .optional("min_duration", ParamType.NUMBER, 0L, "minimum duration in seconds")
            .optional("max_duration", ParamType.NUMBER, Long.MAX_VALUE, "maximum duration in seconds")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any video passes, or only when all do")
            .build();

    private final KeepRange range;

    public VideoDurationFilter(OpArgs args) {
        super(args, "video_key", List.of("video_duration"));
        this.range = KeepRange.of(args, "min_duration", "max_duration");
    }

    @Override
    List<Object> measure(Path file) {
        return List.of(Mp4Headers.read(file).roundedSeconds());
    }

    @Override
    boolean keeps(List<Number> stats) {
        return range.keeps(stats.get(0).doubleValue());
    }
}
