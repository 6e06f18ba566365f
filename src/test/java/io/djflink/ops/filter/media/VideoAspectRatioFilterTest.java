package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.keeps;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo videos' width / height: video1 16/9, video2 3/4, video3 362/640 (0.566). */
class VideoAspectRatioFilterTest {

    private static final String[] ONE_EACH = {"video1.mp4", "video2.mp4", "video3.mp4"};

    @Test
    void recordsWidthOverHeightAsFloats() {
        Sample sample = listing("videos", ONE_EACH);
        filter(VideoAspectRatioFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("video_aspect_ratios", List.of(640 / 360.0, 0.75, 362 / 640.0));
    }

    @Test
    void keepsRatiosBetweenFractionBoundsInclusive() {
        assertThat(kept(filter(VideoAspectRatioFilter.SPEC, Map.of()), "videos", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(VideoAspectRatioFilter.SPEC, Map.of("min_ratio", "3/4", "max_ratio", "16/9")),
                "videos", ONE_EACH)).containsExactly("video1.mp4", "video2.mp4");
        assertThat(kept(filter(VideoAspectRatioFilter.SPEC, Map.of("min_ratio", "3/4", "min_closed_interval", false)),
                "videos", ONE_EACH)).containsExactly("video1.mp4");
        assertThat(kept(filter(VideoAspectRatioFilter.SPEC, Map.of("max_ratio", 0.75)), "videos", ONE_EACH))
                .as("a number bound").containsExactly("video2.mp4", "video3.mp4");
    }

    @Test
    void comparesTheFloatRatioWithTheExactFractionAsPythonDoes() {
        Sample exactlyTwentyOneByNine = Sample.of("videos", List.of("v.mp4"));
        exactlyTwentyOneByNine.stats().put("video_aspect_ratios", List.of(2520 / 1080.0));
        assertThat(keeps(filter(VideoAspectRatioFilter.SPEC, Map.of()), exactlyTwentyOneByNine))
                .as("the float nearest to 7/3 lies above it").isFalse();
    }

    /** DataJuicer flips the closed flags first, so a reversed range also keeps its bounds (video2 is 3/4). */
    @Test
    void reversedRangeKeepsRatiosOutsideAndOnTheBounds() {
        assertThat(kept(filter(VideoAspectRatioFilter.SPEC, Map.of("min_ratio", "3/4", "max_ratio", "16/9",
                "reversed_range", true)), "videos", ONE_EACH)).containsExactly("video2.mp4", "video3.mp4");
    }

    @Test
    void aBoundThatIsNoFractionIsRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(VideoAspectRatioFilter.SPEC, Map.of("max_ratio", "wide")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("video_aspect_ratio_filter")
                .hasMessageContaining("max_ratio").hasMessageContaining("'9/21'");
    }
}
