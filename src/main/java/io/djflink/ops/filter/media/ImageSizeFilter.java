package io.djflink.ops.filter.media;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.KeepStrategy;

/** DataJuicer's {@code image_size_filter}: image file sizes in bytes, stat {@code image_sizes}. */
public final class ImageSizeFilter extends FileSizeFilter {

    public static final OpSpec SPEC = OpSpec.filter("image_size_filter", ImageSizeFilter::new)
            .description("Keeps samples whose image files are within [min_size, max_size] bytes (any or all of them).")
            .param("min_size", ParamType.STRING, "0", "minimum file size, e.g. '10KB' (binary units; none = bytes)")
            .param("max_size", ParamType.STRING, "1TB", "maximum file size, e.g. '1MB'")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any image passes, or only when all do")
            .build();

    public ImageSizeFilter(OpArgs args) {
        super(args, "image", "image_key", "image_sizes");
    }
}
