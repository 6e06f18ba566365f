package io.djflink.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaFiltersRegistrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"image_size_filter", "image_shape_filter", "image_aspect_ratio_filter",
        "audio_duration_filter", "audio_size_filter", "video_duration_filter", "video_resolution_filter",
        "video_aspect_ratio_filter"})
    void isRegisteredAsAFilterWithAnyOrAllAndBuildsWithDefaults(String name) {
        OpSpec spec = OpRegistry.defaults().require(name);
        assertThat(spec.kind()).isEqualTo(OpKind.FILTER);
        assertThat(spec.params()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("any_or_all");
            assertThat(p.defaultValue()).isEqualTo("any");
        });
        assertThat(spec.create(Map.of(), "text")).isInstanceOf(Filter.class);
    }
}
