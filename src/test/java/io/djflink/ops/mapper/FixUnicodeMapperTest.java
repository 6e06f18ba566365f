package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are DataJuicer's (ftfy 6.3.1's); ftfy itself is pinned by
 * {@code io.djflink.ops.unicode.TextFixerTest}.
 */
class FixUnicodeMapperTest {

    @Test
    void fixesMojibakeAndNormalizesToNfcByDefault() {
        assertThat(map(FixUnicodeMapper.SPEC, "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows."))
                .isEqualTo("The Mona Lisa doesn't have eyebrows.");
        assertThat(map(FixUnicodeMapper.SPEC, "e\u0301 ﬁ")).isEqualTo("é fi");
    }

    @Test
    void normalizationIsCaseInsensitive() {
        assertThat(map(FixUnicodeMapper.SPEC, Map.of("normalization", "nfkc"), "①ＡⅫ")).isEqualTo("1AXII");
        assertThat(map(FixUnicodeMapper.SPEC, Map.of("normalization", "NFKD"), "é")).isEqualTo("e\u0301");
    }

    @Test
    void unknownNormalizationIsRejected() {
        assertThatThrownBy(() -> map(FixUnicodeMapper.SPEC, Map.of("normalization", "NFX"), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("fix_unicode_mapper")
                .hasMessageContaining("'normalization'").hasMessageContaining("NFC, NFKC, NFD, NFKD")
                .hasMessageContaining("NFX");
    }

    @Test
    void emptyText() {
        assertThat(map(FixUnicodeMapper.SPEC, "")).isEmpty();
    }
}
