package io.djflink.ops.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VariousWhitespacesTest {

    @Test
    void isExactlyTheTwentyThreeCodePointsOfDataJuicer() {
        int[] expected = IntStream.concat(IntStream.of(0x09, 0x20, 0x84, 0xA0),
                IntStream.concat(IntStream.rangeClosed(0x2000, 0x200D), IntStream.of(0x202F, 0x205F, 0x2060, 0x3000,
                        0xFFFC))).toArray();
        int[] found = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(VariousWhitespaces::contains).toArray();
        assertThat(found).hasSize(23).containsExactly(expected);
    }

    @Test
    void doesNotContainLineBreaksOrNextLine() {
        assertThat(VariousWhitespaces.contains('\n')).isFalse();
        assertThat(VariousWhitespaces.contains('\r')).isFalse();
        assertThat(VariousWhitespaces.contains(0x85)).isFalse();
    }
}
