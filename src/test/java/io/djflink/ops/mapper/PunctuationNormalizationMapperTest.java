package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class PunctuationNormalizationMapperTest {

    private final Mapper mapper = (Mapper) PunctuationNormalizationMapper.SPEC.create(Map.of(), "text");

    private String map(String text) {
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        return (String) sample.get("text");
    }

    @Test
    void mapsEveryCharacterOfTheTable() {
        assertThat(map("，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►"))
                .isEqualTo(",.,\"\"\"\"\"\"\"\"\"\"'::?!();- - . ~'...-<>[]%-");
    }

    @Test
    void emDashAndEllipsisExpandToSeveralCharacters() {
        assertThat(map("He said—“wait…”")).isEqualTo("He said - \"wait...\"");
    }

    @Test
    void fullwidthOneBecomesAQuoteButOtherFullwidthDigitsStay() {
        assertThat(map("１２")).isEqualTo("\"２");
    }

    @Test
    void leavesOtherTextIncludingEmojiUnchanged() {
        String text = "plain 😀 text";
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        assertThat(sample.get("text")).isSameAs(text);
    }

    @Test
    void acceptsNoParametersOfItsOwn() {
        assertThatThrownBy(() -> PunctuationNormalizationMapper.SPEC.create(Map.of("lang", "zh"), "text"))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("punctuation_normalization_mapper").hasMessageContaining("lang");
    }
}
