package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveWordsWithIncorrectSubstringsMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = RemoveWordsWithIncorrectSubstringsMapper.SPEC;

    @Test
    void removesWordsContainingDefaultSubstringsAfterStrippingSpecialCharacters() {
        assertThat(map(SPEC, "visit http://x.com or www.y  now\nok\thref")).isEqualTo("visit or now\nok");
        assertThat(map(SPEC, "!http! ok 中www文 😀//")).isEqualTo("ok 😀//");
        assertThat(map(SPEC, "")).isEmpty();
    }

    @Test
    void customSubstringsAreCaseSensitive() {
        assertThat(map(SPEC, Map.of("substrings", List.of("bad")), "bad Bad 很bad好")).isEqualTo("Bad");
    }

    @Test
    void noSubstringsKeepsEveryWordAndAnEmptySubstringRemovesThemAll() {
        assertThat(map(SPEC, Map.of("substrings", List.of()), "a  b\n\n")).isEqualTo("a b");
        assertThat(map(SPEC, Map.of("substrings", List.of("")), "a b")).isEmpty();
    }

    @Test
    void tokenizationNeedsAModelAndIsRejected() {
        assertThatThrownBy(() -> map(SPEC, Map.of("tokenization", true), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'tokenization'")
                .hasMessageContaining("sentencepiece").hasMessageContaining("false");
        assertThat(map(SPEC, Map.of("tokenization", false, "lang", "zh"), "www 好")).isEqualTo("好");
    }

    @Test
    void longLine() {
        assertThat(map(SPEC, "ok http ".repeat(100_000))).isEqualTo("ok ".repeat(100_000).strip());
    }
}
