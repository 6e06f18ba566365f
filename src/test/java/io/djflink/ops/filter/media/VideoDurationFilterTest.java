package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataJuicer's video_duration_filter tests on the same videos (about 12 s, 23 s and 50 s). */
class VideoDurationFilterTest {

    private static final String[] ONE_EACH = {"video1.mp4", "video2.mp4", "video3.mp4"};
    private static final String[] PAIRS = {"video1.mp4,video2.mp4", "video2.mp4,video3.mp4", "video1.mp4,video3.mp4"};

    @Test
    void recordsWholeSecondsAsDataJuicerRoundsThem() {
        Sample sample = listing("videos", ONE_EACH);
        filter(VideoDurationFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("video_duration", List.of(12L, 23L, 50L));
    }

    @Test
    void keepsVideosWithinTheDurations() {
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of()), "videos", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("max_duration", 15)), "videos", ONE_EACH))
                .containsExactly("video1.mp4");
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("min_duration", 30)), "videos", ONE_EACH))
                .containsExactly("video3.mp4");
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("min_duration", 16, "max_duration", 42)), "videos",
                ONE_EACH)).containsExactly("video2.mp4");
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("min_duration", 12, "max_duration", 12)), "videos",
                ONE_EACH)).as("inclusive").containsExactly("video1.mp4");
    }

    @Test
    void anyOrAllCombinesTheVideosOfASample() {
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("min_duration", 15, "max_duration", 30)), "videos",
                PAIRS)).containsExactly("video1.mp4,video2.mp4", "video2.mp4,video3.mp4");
        assertThat(kept(filter(VideoDurationFilter.SPEC, Map.of("min_duration", 15, "max_duration", 30,
                "any_or_all", "all")), "videos", PAIRS)).isEmpty();
    }
}
