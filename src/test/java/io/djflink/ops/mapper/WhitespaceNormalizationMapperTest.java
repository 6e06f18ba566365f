package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class WhitespaceNormalizationMapperTest {

    private final Mapper mapper = (Mapper) WhitespaceNormalizationMapper.SPEC.create(Map.of(), "text");

    private String map(String text) {
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        return (String) sample.get("text");
    }

    @Test
    void replacesEveryKindOfSpaceOneForOne() {
        assertThat(map("x \t              \u3000\u200b\u200c\u200d\u2060\ufffc\u0084y"))
                .isEqualTo("x                       y");
    }

    @Test
    void replacesZeroWidthSpaceButDoesNotStripIt() {
        assertThat(map("\u200bx\u200b")).isEqualTo(" x ");
        assertThat(map("\u0084x\u0084")).isEqualTo(" x ");
    }

    @Test
    void stripsPythonWhitespaceAndKeepsInnerLineBreaks() {
        assertThat(map(" \n\u3000a\u00a0\u2007b\r\nc\u0085\u202f ")).isEqualTo("a  b\r\nc");
        assertThat(map("\u00a0 \u2028\u2029\u001c\u001f")).isEmpty();
    }

    @Test
    void keepsEmojiAroundReplacedSpaces() {
        assertThat(map("😀\u2003😀")).isEqualTo("😀 😀");
    }

    @Test
    void leavesCleanTextUnchanged() {
        String text = "already clean\ntext";
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        assertThat(sample.get("text")).isSameAs(text);
        assertThat(map("")).isEmpty();
    }

    @Test
    void missingTextIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> mapper.process(Sample.of("text", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text' is null");
    }

    @Test
    void acceptsNoParametersOfItsOwn() {
        assertThatThrownBy(() -> WhitespaceNormalizationMapper.SPEC.create(Map.of("collapse", true), "text"))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("whitespace_normalization_mapper").hasMessageContaining("collapse");
    }
}
