package io.djflink.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextOpsRegistrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "whitespace_normalization_mapper, MAPPER",
        "clean_email_mapper, MAPPER",
        "clean_links_mapper, MAPPER",
        "punctuation_normalization_mapper, MAPPER",
        "text_length_filter, FILTER",
        "words_num_filter, FILTER",
        "alphanumeric_filter, FILTER",
        "character_repetition_filter, FILTER",
        "special_characters_filter, FILTER",
        "document_deduplicator, DEDUPLICATOR"})
    void isRegisteredUnderItsDataJuicerNameAndBuildsWithDefaults(String name, OpKind kind) {
        OpSpec spec = OpRegistry.defaults().require(name);
        assertThat(spec.kind()).isEqualTo(kind);
        assertThat(spec.create(Map.of(), "text")).isNotNull();
    }
}
