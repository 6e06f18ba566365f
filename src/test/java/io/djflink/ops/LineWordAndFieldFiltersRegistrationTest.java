package io.djflink.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineWordAndFieldFiltersRegistrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"average_line_length_filter", "maximum_line_length_filter", "word_repetition_filter",
        "stopwords_filter", "flagged_words_filter", "suffix_filter", "specified_field_filter",
        "specified_numeric_field_filter", "general_field_filter"})
    void isRegisteredAsAFilterUnderItsDataJuicerNameAndBuildsWithDefaults(String name) {
        OpSpec spec = OpRegistry.defaults().require(name);
        assertThat(spec.kind()).isEqualTo(OpKind.FILTER);
        assertThat(spec.create(Map.of(), "text")).isInstanceOf(Filter.class);
    }
}
