package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveNonChineseCharacterMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = RemoveNonChineseCharacterMapper.SPEC;

    @Test
    void keepsOnlyBasicCjkIdeographsLettersDigitsAndThePunctuationSet() {
        assertThat(map(SPEC, "中文English123，。⼏㐀é１😀!")).isEqualTo("中文English123，。!");
        assertThat(map(SPEC, "𠀀﨎⺇⼏")).isEmpty();
    }

    @Test
    void eachKeptClassCanBeRemovedToo() {
        assertThat(map(SPEC, Map.of("keep_alphabet", false, "keep_number", false, "keep_punc", false),
                "中文English123，。")).isEqualTo("中文");
        assertThat(map(SPEC, Map.of("keep_number", false), "中A1，x")).isEqualTo("中A，x");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(map(SPEC, "")).isEmpty();
        assertThat(map(SPEC, "中é".repeat(500_000))).isEqualTo("中".repeat(500_000));
    }
}
