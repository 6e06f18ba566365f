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
        "document_deduplicator, DEDUPLICATOR",
        "clean_copyright_mapper, MAPPER",
        "clean_html_mapper, MAPPER",
        "clean_ip_mapper, MAPPER",
        "expand_macro_mapper, MAPPER",
        "fix_unicode_mapper, MAPPER",
        "remove_bibliography_mapper, MAPPER",
        "remove_comments_mapper, MAPPER",
        "remove_header_mapper, MAPPER",
        "remove_long_words_mapper, MAPPER",
        "remove_non_chinese_character_mapper, MAPPER",
        "remove_repeat_sentences_mapper, MAPPER",
        "remove_specific_chars_mapper, MAPPER",
        "remove_table_text_mapper, MAPPER",
        "remove_words_with_incorrect_substrings_mapper, MAPPER",
        "replace_content_mapper, MAPPER",
        "text_chunk_mapper, MAPPER",
        "chinese_convert_mapper, MAPPER"})
    void isRegisteredUnderItsDataJuicerNameAndBuildsWithDefaults(String name, OpKind kind) {
        OpSpec spec = OpRegistry.defaults().require(name);
        assertThat(spec.kind()).isEqualTo(kind);
        assertThat(spec.create(Map.of(), "text")).isNotNull();
    }
}
