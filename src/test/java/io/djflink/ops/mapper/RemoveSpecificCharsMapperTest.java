package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer 1.4.3's outputs for the same inputs. */
class RemoveSpecificCharsMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = RemoveSpecificCharsMapper.SPEC;

    @Test
    void removesTheDefaultSymbolsAndTheJoiningBar() {
        assertThat(map(SPEC, "◆x|●□ ●a😀")).isEqualTo("x a😀");
        assertThat(map(SPEC, "这是一个干净的文本。")).isEqualTo("这是一个干净的文本。");
    }

    @Test
    void listItemsContributeEachOfTheirCharacters() {
        assertThat(map(SPEC, Map.of("chars_to_remove", List.of("ab", "c")), "abcd|x")).isEqualTo("dx");
        assertThat(map(SPEC, Map.of("chars_to_remove", "😀x"), "a😀xb|")).isEqualTo("ab");
    }

    @Test
    void emptyValueRemovesNothing() {
        assertThat(map(SPEC, Map.of("chars_to_remove", ""), "◆a|")).isEqualTo("◆a|");
        assertThat(map(SPEC, Map.of("chars_to_remove", List.of()), "◆a|")).isEqualTo("◆a|");
    }

    @Test
    void unescapedCharactersChangeTheCharacterSetOrBreakIt() {
        assertThat(map(SPEC, Map.of("chars_to_remove", "]"), "a^[]\\|b")).isEqualTo("a^[\\|b");
        assertThatThrownBy(() -> map(SPEC, Map.of("chars_to_remove", "^"), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'chars_to_remove'")
                .hasMessageContaining("[^]");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(map(SPEC, "")).isEmpty();
        assertThat(map(SPEC, "◆a".repeat(500_000))).isEqualTo("a".repeat(500_000));
    }
}
