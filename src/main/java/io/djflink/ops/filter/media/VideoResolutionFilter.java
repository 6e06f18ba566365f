package io.djflink.ops.filter.media;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.KeepStrategy;
import io.djflink.ops.media.Mp4Headers;
import io.djflink.ops.media.VideoInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * DataJuicer's {@code video_resolution_filter}: each video's width and height in pixels, stats
 * {@code video_width} and {@code video_height}; a video passes when both are in range.
 */
public final class VideoResolutionFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("video_resolution_filter", VideoResolutionFilter::new)
            .description("Keeps samples whose videos' width and height are within the given ranges (any or all videos).")
            .optional("min_width", ParamType.INTEGER, 1L, "minimum width in pixels")
            .optional("max_width", ParamType.INTEGER, Long.MAX_VALUE, "maximum width in pixels")
            .optional("min_height", ParamType.INTEGER, 1L, "minimum height in pixels")
            .optional("max_height", ParamType.INTEGER, Long.MAX_VALUE, "maximum height in pixels")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any video passes, or only when all do")
            .build();

    private final KeepRange width;
    private final KeepRange height;

    public VideoResolutionFilter(OpArgs args) {
        super(args, "video_key", List.of("video_width", "video_height"));
        this.width = KeepRange.of(args, "min_width", "max_width");
        this.height = KeepRange.of(args, "min_height", "max_height");
    }

    @Override
    List<Object> measure(Path file) {
        VideoInfo video = Mp4Headers.read(file);
        return List.of(video.width(), video.height());
    }

    @Override
    boolean keeps(List<Number> stats) {
        return width.keeps(stats.get(0).doubleValue()) && height.keeps(stats.get(1).doubleValue());
    }
}
