package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo audio files: audio1.wav 970574 B, audio3.ogg 597254 B. */
class AudioSizeFilterTest {

    private static final String[] ONE_EACH = {"audio1.wav", "audio3.ogg"};

    @Test
    void recordsEachAudiosFileSizeInBytes() {
        Sample sample = listing("audios", "audio1.wav", "audio3.ogg");
        filter(AudioSizeFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("audio_sizes", List.of(970_574L, 597_254L));
    }

    @Test
    void keepsAudiosBetweenTheSizes() {
        assertThat(kept(filter(AudioSizeFilter.SPEC, Map.of()), "audios", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(AudioSizeFilter.SPEC, Map.of("max_size", "600KiB")), "audios", ONE_EACH))
                .containsExactly("audio3.ogg");
        assertThat(kept(filter(AudioSizeFilter.SPEC, Map.of("min_size", "970574")), "audios", ONE_EACH))
                .as("inclusive").containsExactly("audio1.wav");
    }

    @Test
    void anyOrAllCombinesTheAudiosOfASample() {
        assertThat(kept(filter(AudioSizeFilter.SPEC, Map.of("max_size", "600KB")), "audios",
                "audio1.wav,audio3.ogg")).hasSize(1);
        assertThat(kept(filter(AudioSizeFilter.SPEC, Map.of("max_size", "600KB", "any_or_all", "all")), "audios",
                "audio1.wav,audio3.ogg")).isEmpty();
    }
}
