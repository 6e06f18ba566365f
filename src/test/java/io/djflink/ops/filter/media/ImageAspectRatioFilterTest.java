package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.keeps;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo images' width / height: img1.png 1.0, img2.jpg 4/3, img3.jpg 0.684. */
class ImageAspectRatioFilterTest {

    private static final String[] ONE_EACH = {"img1.png", "img2.jpg", "img3.jpg"};

    @Test
    void recordsWidthOverHeightAsFloats() {
        Sample sample = listing("images", "img1.png", "img2.jpg", "img3.jpg");
        filter(ImageAspectRatioFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("aspect_ratios", List.of(1.0, 640 / 480.0, 342 / 500.0));
    }

    @Test
    void keepsRatiosBetweenTheBoundsInclusive() {
        assertThat(kept(filter(ImageAspectRatioFilter.SPEC, Map.of()), "images", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(ImageAspectRatioFilter.SPEC, Map.of("min_ratio", 0.8, "max_ratio", 1.2)), "images",
                ONE_EACH)).containsExactly("img1.png");
        assertThat(kept(filter(ImageAspectRatioFilter.SPEC, Map.of("min_ratio", 1.0, "max_ratio", 1.0)), "images",
                ONE_EACH)).containsExactly("img1.png");
    }

    @Test
    void anyOrAllCombinesTheImagesOfASample() {
        String[] pairs = {"img1.png,img2.jpg", "img2.jpg,img3.jpg"};
        assertThat(kept(filter(ImageAspectRatioFilter.SPEC, Map.of("min_ratio", 0.9)), "images", pairs))
                .containsExactly(pairs);
        assertThat(kept(filter(ImageAspectRatioFilter.SPEC, Map.of("min_ratio", 0.9, "any_or_all", "all")),
                "images", pairs)).containsExactly("img1.png,img2.jpg");
    }

    @Test
    void reusesRatiosAlreadyInTheStatistics() {
        Sample sample = listing("images", "img1.png");
        sample.stats().put("aspect_ratios", List.of(5.0));
        assertThat(keeps(filter(ImageAspectRatioFilter.SPEC, Map.of()), sample)).isFalse();
    }
}
