package io.djflink.ops.filter.media;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.KeepStrategy;

/** DataJuicer's {@code audio_size_filter}: audio file sizes in bytes, stat {@code audio_sizes}. */
public final class AudioSizeFilter extends FileSizeFilter {

    public static final OpSpec SPEC = OpSpec.filter("audio_size_filter", AudioSizeFilter::new)
            .description("Keeps samples whose audio files are within [min_size, max_size] bytes (any or all of them).")
            .param("min_size", ParamType.STRING, "0", "minimum file size, e.g. '10KB' (binary units; none = bytes)")
            .param("max_size", ParamType.STRING, "1TB", "maximum file size, e.g. '1MB'")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any audio passes, or only when all do")
            .build();

    public AudioSizeFilter(OpArgs args) {
        super(args, "audio", "audio_key", "audio_sizes");
    }
}
