package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PyCharsTest {

    @Test
    void isSpaceIsExactlyPythonsIsspaceSet() {
        int[] pythonSpaces = IntStream.concat(IntStream.concat(IntStream.rangeClosed(0x09, 0x0D),
                IntStream.rangeClosed(0x1C, 0x20)), IntStream.concat(
                        IntStream.of(0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000),
                        IntStream.rangeClosed(0x2000, 0x200A))).sorted().toArray();
        int[] found = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(PyChars::isSpace).toArray();
        assertThat(found).containsExactly(pythonSpaces);
    }

    @Test
    void isAlnumCountsNumbersThatJavaLetterOrDigitMisses() {
        for (int cp : "½²①１一〇Ⅻ٣".codePoints().toArray()) {
            assertThat(PyChars.isAlnum(cp)).as("U+%04X", cp).isTrue();
        }
        assertThat(Character.isLetterOrDigit('½')).isFalse();
    }

    @Test
    void isAlnumRejectsUnderscoreMiddleDotMarksAndSymbols() {
        for (int cp : "_·\u0301 -😀%\u00a0".codePoints().toArray()) {
            assertThat(PyChars.isAlnum(cp)).as("U+%04X", cp).isFalse();
        }
    }

    @Test
    void isAlnumAcceptsLettersOutsideTheBmp() {
        assertThat(PyChars.isAlnum("𝐀".codePointAt(0))).isTrue();
        assertThat(PyChars.isAlnum("𠀀".codePointAt(0))).isTrue();
    }

    @Test
    void isAlphaIsLettersOnly() {
        assertThat(PyChars.isAlpha('a')).isTrue();
        assertThat(PyChars.isAlpha('ª')).isTrue();
        assertThat(PyChars.isAlpha('中')).isTrue();
        assertThat(PyChars.isAlpha('1')).isFalse();
        assertThat(PyChars.isAlpha('①')).isFalse();
        assertThat(PyChars.isAlpha('Ⅻ')).isFalse();
    }
}
