package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveLongWordsMapperTest {

    private static String remove(int minLen, int maxLen, String text) {
        return map(RemoveLongWordsMapper.SPEC, Map.of("min_len", minLen, "max_len", maxLen), text);
    }

    @Test
    void keepsWordsWhoseLengthWithOrWithoutSurroundingSpecialCharactersFits() {
        assertThat(remove(3, 5, "a abc abcdef ..ab.. 中文字 😀😀😀 \t x\n\n y")).isEqualTo("abc 中文字 😀😀😀");
        assertThat(remove(3, 5, "...abcdefghij...")).isEmpty();
        assertThat(remove(3, 5, "..abc..... ...ab...")).isEqualTo("..abc.....");
    }

    @Test
    void defaultsKeepEveryWordButStillCollapseSpacesAndEmptyLinesAndFields() {
        assertThat(map(RemoveLongWordsMapper.SPEC, "short  words\t\tand averyveryverylongword\n\n!!!ab!!!"))
                .isEqualTo("short words\tand averyveryverylongword\n!!!ab!!!");
        assertThat(map(RemoveLongWordsMapper.SPEC, "  \n\t\n")).isEmpty();
        assertThat(map(RemoveLongWordsMapper.SPEC, "")).isEmpty();
    }

    @Test
    void onlySpaceTabAndLineFeedSeparateWords() {
        assertThat(remove(1, 4, "ab\u00a0cd ab\u3000c ab\rc")).isEqualTo("ab\u3000c ab\rc");
    }

    @Test
    void longLineOfShortWords() {
        assertThat(remove(1, 2, "ab cde ".repeat(100_000))).isEqualTo(("ab ".repeat(100_000)).strip());
    }

    @Test
    void lengthsMustBeIntegers() {
        assertThatThrownBy(() -> map(RemoveLongWordsMapper.SPEC, Map.of("max_len", "long"), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("remove_long_words_mapper")
                .hasMessageContaining("'max_len'").hasMessageContaining("an integer");
    }
}
