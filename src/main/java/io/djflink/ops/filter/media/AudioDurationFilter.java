package io.djflink.ops.filter.media;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.media.AudioDurations;
import io.djflink.ops.media.KeepStrategy;
import java.nio.file.Path;
import java.util.List;

/**
 * DataJuicer's {@code audio_duration_filter}: each audio's duration in seconds (samples / sample
 * rate, from the header), stat {@code audio_duration}.
 */
public final class AudioDurationFilter extends MediaFilter {

    public static final OpSpec SPEC = OpSpec.filter("audio_duration_filter", AudioDurationFilter::new)
            .description("Keeps samples whose audios last [min_duration, max_duration] seconds (any or all audios).")
            .optional("min_duration", ParamType.NUMBER, 0L, "minimum duration in seconds")
            .optional("max_duration", ParamType.NUMBER, Long.MAX_VALUE, "maximum duration in seconds")
            .choice("any_or_all", "any", KeepStrategy.NAMES, "keep when any audio passes, or only when all do")
            .build();

    private final KeepRange range;

    public AudioDurationFilter(OpArgs args) {
        super(args, "audio_key", List.of("audio_duration"));
        this.range = KeepRange.of(args, "min_duration", "max_duration");
    }

    @Override
    List<Object> measure(Path file) {
        return List.of(AudioDurations.seconds(file));
    }

    @Override
    boolean keeps(List<Number> stats) {
        return range.keeps(stats.get(0).doubleValue());
    }
}
