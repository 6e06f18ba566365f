package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveRepeatSentencesMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = RemoveRepeatSentencesMapper.SPEC;

    @Test
    void dropsRepeatedSentencesAcrossLinesKeepingLineBreaks() {
        assertThat(map(SPEC, "Hello. hello. Hello.\nHello.你好。你好。")).isEqualTo("Hello. hello.\n你好。");
        assertThat(map(SPEC, Map.of("min_repeat_sentence_length", 1), "a. a.\n\nb. b.")).isEqualTo("a.\n\nb.");
    }

    @Test
    void comparisonCanIgnoreCaseAndKeepSpecialCharacters() {
        assertThat(map(SPEC, Map.of("lowercase", true), "Ab. ab. AB.")).isEqualTo("Ab.");
        assertThat(map(SPEC, Map.of("ignore_special_character", false), "a! a! 😀😀! 😀😀!")).isEqualTo("a! 😀😀!");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(map(SPEC, "他说：“好。”他说：“好。”")).isEqualTo("他说：“好。”");
    }

    @Test
    void sentencesShorterThanTheMinimumAreNeverRemoved() {
        assertThat(map(SPEC, "a......b......a......b")).isEqualTo("a......b......a......b");
        assertThat(map(SPEC, "!!! !!!")).isEqualTo("!!! !!!");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(map(SPEC, "")).isEmpty();
        assertThat(map(SPEC, "\n\n")).isEqualTo("\n\n");
        assertThat(map(SPEC, "Same words. ".repeat(100_000))).isEqualTo("Same words. ");
    }
}
