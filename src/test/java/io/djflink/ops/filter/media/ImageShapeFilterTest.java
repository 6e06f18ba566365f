package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo images: img1.png 336x336, img2.jpg 640x480, img3.jpg 342x500. */
class ImageShapeFilterTest {

    private static final String[] ONE_EACH = {"img1.png", "img2.jpg", "img3.jpg"};

    @Test
    void recordsWidthsAndHeightsInFileOrder() {
        Sample sample = listing("images", "img2.jpg", "img3.jpg");
        filter(ImageShapeFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("image_width", List.of(640L, 342L))
                .containsEntry("image_height", List.of(480L, 500L));
    }

    @Test
    void keepsEverythingByDefault() {
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of()), "images", ONE_EACH)).containsExactly(ONE_EACH);
    }

    @Test
    void anImagePassesOnlyWhenWidthAndHeightAreBothInRange() {
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("min_width", 400)), "images", ONE_EACH))
                .containsExactly("img2.jpg");
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("max_width", 500, "max_height", 480)), "images",
                ONE_EACH)).containsExactly("img1.png");
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("min_height", 480, "max_height", 500)), "images",
                ONE_EACH)).as("inclusive bounds").containsExactly("img2.jpg", "img3.jpg");
    }

    @Test
    void reversedRangeReversesEachDimensionOnItsOwn() {
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("min_width", 300, "max_width", 400, "min_height", 300,
                "max_height", 400, "reversed_range", true)), "images", ONE_EACH))
                .as("img1 is inside both ranges, img3 outside only the height range").containsExactly("img2.jpg");
    }

    @Test
    void anyOrAllCombinesTheImagesOfASample() {
        String[] pairs = {"img1.png,img2.jpg", "img1.png,img3.jpg"};
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("min_width", 340)), "images", pairs))
                .containsExactly(pairs);
        assertThat(kept(filter(ImageShapeFilter.SPEC, Map.of("min_width", 340, "any_or_all", "all")), "images",
                pairs)).isEmpty();
    }
}
