package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.keeps;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import io.djflink.ops.media.MediaUnreadableException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo image sizes: img1.png 171427 B, img2.jpg 189406 B, img3.jpg 113695 B. */
class ImageSizeFilterTest {

    private static final String[] ONE_EACH = {"img1.png", "img2.jpg", "img3.jpg"};

    @Test
    void recordsEachImagesFileSizeInBytes() {
        Sample sample = listing("images", "img1.png", "img3.jpg");
        filter(ImageSizeFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("image_sizes", List.of(171_427L, 113_695L));
    }

    @Test
    void keepsImagesBetweenSizesInBinaryUnitsAsDataJuicersTest() {
        Filter filter = filter(ImageSizeFilter.SPEC, Map.of("min_size", "120kb", "max_size", "180KB"));
        assertThat(kept(filter, "images", ONE_EACH)).containsExactly("img1.png");
    }

    @Test
    void boundsAreInclusive() {
        Filter filter = filter(ImageSizeFilter.SPEC, Map.of("min_size", "171427", "max_size", "171427"));
        assertThat(kept(filter, "images", ONE_EACH)).containsExactly("img1.png");
    }

    @Test
    void anyKeepsASampleWithOnePassingImageAndAllNeedsEvery() {
        String[] pairs = {"img1.png,img2.jpg", "img2.jpg,img3.jpg", "img1.png,img3.jpg"};
        assertThat(kept(filter(ImageSizeFilter.SPEC, Map.of("max_size", "120KB")), "images", pairs))
                .containsExactly("img2.jpg,img3.jpg", "img1.png,img3.jpg");
        assertThat(kept(filter(ImageSizeFilter.SPEC, Map.of("max_size", "120KB", "any_or_all", "all")), "images",
                pairs)).isEmpty();
    }

    @Test
    void aSampleWithoutImagesIsKeptWithAnEmptyStatistic() {
        Filter filter = filter(ImageSizeFilter.SPEC, Map.of("min_size", "1GB"));
        Sample none = Sample.of("text", "no images");
        Sample empty = Sample.of("text", "empty", "images", List.of());
        assertThat(keeps(filter, none)).isTrue();
        assertThat(keeps(filter, empty)).isTrue();
        assertThat(none.stats()).containsEntry("image_sizes", List.of());
    }

    @Test
    void readsTheConfiguredImageKey() {
        Sample sample = listing("pictures", "img2.jpg");
        filter(ImageSizeFilter.SPEC, Map.of("image_key", "pictures")).computeStats(sample);
        assertThat(sample.stats()).containsEntry("image_sizes", List.of(189_406L));
    }

    @Test
    void aMissingImageIsUnreadableMediaNamingThePath() {
        Sample sample = Sample.of("text", "t", "images", List.of("/no/such/dir/pic.png"));
        assertThatThrownBy(() -> keeps(filter(ImageSizeFilter.SPEC, Map.of()), sample))
                .isInstanceOf(MediaUnreadableException.class)
                .hasMessage("image '/no/such/dir/pic.png' cannot be read: no such file");
    }

    @Test
    void imagesMustBeAListOfPaths() {
        Sample sample = Sample.of("text", "t", "images", "img1.png");
        assertThatThrownBy(() -> keeps(filter(ImageSizeFilter.SPEC, Map.of()), sample))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field 'images' must be a list of file paths");
    }

    @Test
    void aBadSizeOrStrategyIsRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(ImageSizeFilter.SPEC, Map.of("max_size", "2 bananas")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("image_size_filter")
                .hasMessageContaining("max_size").hasMessageContaining("unit 'bananas'");
        assertThatThrownBy(() -> filter(ImageSizeFilter.SPEC, Map.of("any_or_all", "most")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("any_or_all")
                .hasMessageContaining("any, all");
    }
}
