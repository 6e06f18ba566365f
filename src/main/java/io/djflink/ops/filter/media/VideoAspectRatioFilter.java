package io.djflink.ops.filter.media;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.KeepStrategy;
import io.djflink.ops.media.Mp4Headers;
import io.djflink.ops.media.VideoInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * DataJuicer's {@code video_aspect_ratio_filter}: each video's width / height as a float, stat
 * {@code video_aspect_ratios}, tested against bounds that DataJuicer holds as exact fractions
 * ({@code "9/21"}); the comparison is exact too, so a video of exactly 21:9 (whose float ratio lies
 * just above 7/3) fails the default maximum, as in DataJuicer.
 */
public final class VideoAspectRatioFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("video_aspect_ratio_filter", VideoAspectRatioFilter::new)
            .description("Keeps samples whose videos' width/height is within [min_ratio, max_ratio] (any or all videos).")
            .param("min_ratio", ParamType.STRING, "9/21", "minimum width / height, a fraction ('9/21') or a number")
            .param("max_ratio", ParamType.STRING, "21/9", "maximum width / height, a fraction ('21/9') or a number")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any video passes, or only when all do")
            .build();

    private final Fraction min;
    private final Fraction max;
    private final boolean minClosed;
    private final boolean maxClosed;
    private final boolean reversed;

    public VideoAspectRatioFilter(OpArgs args) {
        super(args, "video_key", List.of("video_aspect_ratios"));
        this.min = bound(args, "min_ratio");
        this.max = bound(args, "max_ratio");
        this.reversed = args.bool("reversed_range");
        this.minClosed = reversed != args.bool("min_closed_interval");
        this.maxClosed = reversed != args.bool("max_closed_interval");
    }

    private static Fraction bound(OpArgs args, String param) {
        try {
            return Fraction.parse(args.string(param));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + param + "': " + e.getMessage(), e);
        }
    }

    @Override
    List<Object> measure(Path file) {
        VideoInfo video = Mp4Headers.read(file);
        return List.of((double) video.width() / video.height());
    }

    /** {@code get_keep_boolean} with exact bounds; see {@link io.djflink.ops.KeepRange} for the flag rules. */
    @Override
    boolean keeps(List<Number> stats) {
        double ratio = stats.get(0).doubleValue();
        int fromMin = min.compareFrom(ratio);
        int fromMax = max.compareFrom(ratio);
        boolean inside = (minClosed ? fromMin >= 0 : fromMin > 0) && (maxClosed ? fromMax <= 0 : fromMax < 0);
        return reversed != inside;
    }
}
