package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are what DataJuicer's tests expect from OpenCC; the conversion engine itself is
 * tested against OpenCC's outputs in {@code io.djflink.ops.opencc.OpenCcConverterTest}.
 */
class ChineseConvertMapperTest {

    private static String convert(String mode, String text) {
        return map(ChineseConvertMapper.SPEC, Map.of("mode", mode), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "s2t|这是几个简体字，会被转换为繁体字|這是幾個簡體字，會被轉換爲繁體字",
        "s2t|如果本身就是繁體字，會被轉換為繁體字嗎？|如果本身就是繁體字，會被轉換為繁體字嗎？",
        "t2s|這是幾個繁體字，會被轉換為簡體字|这是几个繁体字，会被转换为简体字",
        "s2tw|群峰逶迤，山石嶙峋|群峰逶迤，山石嶙峋",
        "s2twp|鼠标里面的硅二极管坏了，导致光标分辨率降低。|滑鼠裡面的矽二極體壞了，導致游標解析度降低。",
        "tw2sp|滑鼠裡面的矽二極體壞了，導致游標解析度降低。|鼠标里面的硅二极管坏了，导致光标分辨率降低。",
        "s2hk|虚构的|虛構的",
        "t2jp|廣東|広東",
        "jp2t|広東|廣東",
    })
    void convertsLikeOpenCc(String mode, String text, String expected) {
        assertThat(convert(mode, text)).isEqualTo(expected);
    }

    @Test
    void textBeyondTheBasicPlaneEmptyAndLongTexts() {
        assertThat(convert("s2t", "😀发财𠀀")).isEqualTo("😀發財𠀀");
        assertThat(convert("t2s", "")).isEmpty();
        assertThat(convert("s2t", "汉字".repeat(200_000))).isEqualTo("漢字".repeat(200_000));
    }

    @Test
    void textEndsAtItsFirstNulAsInOpenCc() {
        assertThat(convert("s2t", "发\u0000发")).isEqualTo("發");
    }

    @Test
    void unknownModeIsRejectedListingTheModes() {
        assertThatThrownBy(() -> convert("S2T", "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'mode'")
                .hasMessageContaining("s2t, t2s, s2tw");
    }
}
