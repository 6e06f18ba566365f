package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class ReplaceContentMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = ReplaceContentMapper.SPEC;

    @Test
    void replacesEveryMatchWithDotMatchingLineBreaks() {
        assertThat(map(SPEC, Map.of("pattern", "\\s+", "repl", " "), "a \n\t b")).isEqualTo("a b");
        assertThat(map(SPEC, Map.of("pattern", "<.*>", "repl", ""), "x<a\nb>y")).isEqualTo("xy");
    }

    @Test
    void patternsApplyInTurnEachWithItsOwnReplacement() {
        Map<String, Object> args = Map.of("pattern", List.of("r'(\\d+)'", "b"), "repl", List.of("<\\1>", "B"));
        assertThat(map(SPEC, args, "ab12 中文😀")).isEqualTo("aB<12> 中文😀");
        assertThat(map(SPEC, Map.of("pattern", List.of("a", "b"), "repl", "-"), "abc")).isEqualTo("--c");
    }

    @Test
    void noPatternChangesNothing() {
        assertThat(map(SPEC, "unchanged")).isEqualTo("unchanged");
        assertThat(map(SPEC, Map.of("pattern", List.of()), "")).isEmpty();
    }

    @Test
    void tooFewReplacementsAndBadPatternsAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> map(SPEC, Map.of("pattern", List.of("a", "b"), "repl", List.of("x")), "ab"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'repl'")
                .hasMessageContaining("1 replacements for 2 patterns");
        assertThatThrownBy(() -> map(SPEC, Map.of("pattern", List.of("a", "("), "repl", ""), "ab"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'pattern' (for pattern 2)");
        assertThatThrownBy(() -> map(SPEC, Map.of("pattern", "a", "repl", "\\1"), "ab"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'repl'");
    }

    @Test
    void longText() {
        assertThat(map(SPEC, Map.of("pattern", "x", "repl", "yy"), "x".repeat(500_000))).isEqualTo("yy".repeat(500_000));
    }
}
