package io.djflink.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Test
    void readsInfinityLiteralsAsDoublesAndOutOfRangeNumbersAsBigDecimals() throws Exception {
        Object parsed = JsonCodec.parseValue("[Infinity, -Infinity, NaN, 1e400, -2.5E+999]");

        assertThat(parsed).isEqualTo(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                new BigDecimal("1e400"), new BigDecimal("-2.5E+999")));
    }

    @Test
    void writesNonFiniteDoublesAsPythonDoes() {
        assertThat(JsonCodec.toJson(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0)))
                .isEqualTo("[Infinity,-Infinity,NaN,1.0]");
    }

    @Test
    void writesCharactersBeyondTheBmpAsRawUtf8AndControlCharactersInLowerCaseHex() {
        byte[] line = JsonCodec.toBytes(Sample.of("t", "😀 中文 \u001f\n"));

        assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("{\"t\":\"😀 中文 \\u001f\\n\"}");
    }
}
