package io.djflink.ops.filter.media;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.ImageHeaders;
import io.djflink.ops.media.ImageSize;
import io.djflink.ops.media.KeepStrategy;
import java.nio.file.Path;
import java.util.List;

/** DataJuicer's {@code image_aspect_ratio_filter}: each image's width / height, stat {@code aspect_ratios}. */
public final class ImageAspectRatioFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("image_aspect_ratio_filter", ImageAspectRatioFilter::new)
            .description("Keeps samples whose images' width/height is within [min_ratio, max_ratio] (any or all images).")
            .param("min_ratio", ParamType.NUMBER, 0.333, "minimum width / height")
            .param("max_ratio", ParamType.NUMBER, 3.0, "maximum width / height")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any image passes, or only when all do")
            .build();

    private final KeepRange range;

    public ImageAspectRatioFilter(OpArgs args) {
        super(args, "image_key", List.of("aspect_ratios"));
        this.range = KeepRange.of(args, "min_ratio", "max_ratio");
    }

    @Override
    List<Object> measure(Path file) {
        ImageSize size = ImageHeaders.read(file);
        return List.of((double) size.width() / size.height());
    }

    @Override
    boolean keeps(List<Number> stats) {
        return range.keeps(stats.get(0).doubleValue());
    }
}
