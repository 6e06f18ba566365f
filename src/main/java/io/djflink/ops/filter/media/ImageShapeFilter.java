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

/**
 * DataJuicer's {@code image_shape_filter}: each image's width and height in pixels, read from its
 * header, stats {@code image_width} and {@code image_height}. An image passes when both are in
 * range; {@code reversed_range} reverses each range on its own, as DataJuicer does.
 */
public final class ImageShapeFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("image_shape_filter", ImageShapeFilter::new)
            .description("Keeps samples whose images' width and height are within the given ranges (any or all images).")
            .optional("min_width", ParamType.INTEGER, 1L, "minimum width in pixels")
            .optional("max_width", ParamType.INTEGER, Long.MAX_VALUE, "maximum width in pixels")
            .optional("min_height", ParamType.INTEGER, 1L, "minimum height in pixels")
            .optional("max_height", ParamType.INTEGER, Long.MAX_VALUE, "maximum height in pixels")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any image passes, or only when all do")
            .build();

    private final KeepRange width;
    private final KeepRange height;

    public ImageShapeFilter(OpArgs args) {
        super(args, "image_key", List.of("image_width", "image_height"));
        this.width = KeepRange.of(args, "min_width", "max_width");
        this.height = KeepRange.of(args, "min_height", "max_height");
    }

    @Override
    List<Object> measure(Path file) {
        ImageSize size = ImageHeaders.read(file);
        return List.of(size.width(), size.height());
    }

    @Override
    boolean keeps(List<Number> stats) {
        return width.keeps(stats.get(0).doubleValue()) && height.keeps(stats.get(1).doubleValue());
    }
}
