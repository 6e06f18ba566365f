package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataJuicer's video_resolution_filter tests: video1 640x360, video2 480x640, video3 362x640. */
class VideoResolutionFilterTest {

    private static final String[] ONE_EACH = {"video1.mp4", "video2.mp4", "video3.mp4"};
    private static final String[] PAIRS = {"video1.mp4,video2.mp4", "video2.mp4,video3.mp4", "video1.mp4,video3.mp4"};

    @Test
    void recordsWidthsAndHeights() {
        Sample sample = listing("videos", ONE_EACH);
        filter(VideoResolutionFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("video_width", List.of(640L, 480L, 362L))
                .containsEntry("video_height", List.of(360L, 640L, 640L));
    }

    @Test
    void keepsVideosWhoseWidthAndHeightAreBothInRange() {
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of()), "videos", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of("min_width", 480, "min_height", 480)), "videos",
                ONE_EACH)).containsExactly("video2.mp4");
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of("max_width", 640, "max_height", 480)), "videos",
                ONE_EACH)).containsExactly("video1.mp4");
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of("min_width", 400, "max_width", 500)), "videos",
                ONE_EACH)).containsExactly("video2.mp4");
    }

    @Test
    void anyOrAllCombinesTheVideosOfASample() {
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of("min_width", 400, "max_width", 500)), "videos",
                PAIRS)).containsExactly("video1.mp4,video2.mp4", "video2.mp4,video3.mp4");
        assertThat(kept(filter(VideoResolutionFilter.SPEC, Map.of("min_width", 400, "max_width", 500,
                "any_or_all", "all")), "videos", PAIRS)).isEmpty();
    }
}
