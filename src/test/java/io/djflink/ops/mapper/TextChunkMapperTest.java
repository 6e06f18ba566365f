package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.expand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected chunks are DataJuicer's outputs for the same inputs (its unit tests' texts among them). */
class TextChunkMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = TextChunkMapper.SPEC;
    private static final String FRENCH = "Sur la plateforme MT4, plusieurs manières d'accéder à "
            + "ces fonctionnalités sont conçues simultanément.";

    private static Map<String, Object> args(Object maxLen, Object splitPattern, Object overlapLen) {
        Map<String, Object> args = new HashMap<>();
        args.put("max_len", maxLen);
        args.put("split_pattern", splitPattern);
        args.put("overlap_len", overlapLen);
        return args;
    }

    @Test
    void splitPatternAloneKeepsTheNonBlankPieces() {
        assertThat(expand(SPEC, args(null, "\\n", 0), "Sur la plateforme MT4, plusieurs manières d'accéder à \n"
                + "ces fonctionnalités sont conçues simultanément."))
                .containsExactly("Sur la plateforme MT4, plusieurs manières d'accéder à ",
                        "ces fonctionnalités sont conçues simultanément.");
        assertThat(expand(SPEC, Map.of(), "a\n\nb\n\n\n\nc ")).containsExactly("a", "b", "c ");
        assertThat(expand(SPEC, args(null, ",", 0), "a,b")).containsExactly("a", ",", "b");
        assertThat(expand(SPEC, Map.of(), " \n\n ")).isEmpty();
    }

    @Test
    void maxLenAloneCutsWindows() {
        assertThat(expand(SPEC, args(20, null, 0), FRENCH)).containsExactly("Sur la plateforme MT",
                "4, plusieurs manière", "s d'accéder à ces fo", "nctionnalités sont c", "onçues simultanément", ".");
        assertThat(expand(SPEC, args(3, null, 1), "abcdefgh")).containsExactly("abc", "cde", "efg", "gh");
        assertThat(expand(SPEC, args(20, null, 0), "欢迎来到阿里巴巴！")).containsExactly("欢迎来到阿里巴巴！");
    }

    @Test
    void overlapRepeatsTheEndOfTheCutWindow() {
        assertThat(expand(SPEC, args(20, null, 2), FRENCH)).containsExactly("Sur la plateforme MT",
                "MT4, plusieurs maniè", "ières d'accéder à ce", "ces fonctionnalités ", "s sont conçues simul",
                "ultanément.");
    }

    @Test
    void bothCutBeforeTheLastSplitOrAtMaxLenWithOverlap() {
        assertThat(expand(SPEC, args(20, "\\n\\n", 2), FRENCH)).containsExactly("Sur la plateforme MT",
                "MT4, plusieurs maniè", "ières d'accéder à ce", "ces fonctionnalités ", "s sont conçues simul",
                "ultanément.");
        assertThat(expand(SPEC, args(20, "\\n", 2), FRENCH.replace("à ces", "à \nces"))).containsExactly(
                "Sur la plateforme MT", "MT4, plusieurs maniè", "ières d'accéder à ", "ces fonctionnalités ",
                "s sont conçues simul", "ultanément.");
        assertThat(expand(SPEC, args(4, "\\n", 0), "ab\ncd\nefgh")).containsExactly("ab", "cd", "efgh");
    }

    @Test
    void lengthsCountCodePoints() {
        assertThat(expand(SPEC, args(2, null, 0), "😀😀😀")).containsExactly("😀😀", "😀");
        assertThat(expand(SPEC, args(2, null, 0), "")).containsExactly("");
    }

    @Test
    void everyChunkCarriesTheOtherFields() {
        ExpandingMapper mapper = (ExpandingMapper) SPEC.create(args(2, null, 0), "text");
        List<Sample> chunks = mapper.process(Sample.of("text", "abcd", "meta", Map.of("src", "x")));
        assertThat(chunks).extracting(s -> s.get("meta")).containsExactly(Map.of("src", "x"), Map.of("src", "x"));
        assertThat(chunks.get(0).get("meta")).isNotSameAs(chunks.get(1).get("meta"));
    }

    @Test
    void aLongTextNeedsNoRecursion() {
        assertThat(expand(SPEC, args(10, "\\n", 0), "x".repeat(1_000_000))).hasSize(100_000);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> expand(SPEC, args(null, null, 0), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("cannot both be null");
        assertThatThrownBy(() -> expand(SPEC, args(5, null, 5), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'overlap_len'");
        assertThatThrownBy(() -> expand(SPEC, Map.of("tokenizer", "gpt-4o", "max_len", 10), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'tokenizer'")
                .hasMessageContaining("gpt-4o");
        assertThatThrownBy(() -> expand(SPEC, Map.of("max_len", 0), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("a positive integer");
    }
}
