package io.djflink.ops.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecialCharactersTest {

    @Test
    void holdsTheSingleCodePointMembersOfDataJuicersSet() {
        assertThat(SpecialCharacters.size()).isEqualTo(1618);
    }

    @Test
    void containsAsciiPunctuationDigitsAndWhitespace() {
        String ascii = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789 \t\n\r\u000b\f";
        ascii.codePoints().forEach(cp -> assertThat(SpecialCharacters.contains(cp)).as("U+%04X", cp).isTrue());
    }

    @Test
    void containsTheSurprisingMembers() {
        "一士上ー\u200b\ufeff\u00ad\u3000，。".codePoints()
                .forEach(cp -> assertThat(SpecialCharacters.contains(cp)).as("U+%04X", cp).isTrue());
    }

    @Test
    void containsSingleCodePointEmojiAndSkinToneModifiers() {
        assertThat(SpecialCharacters.contains(0x1F44A)).isTrue();
        assertThat(SpecialCharacters.contains(0x1F600)).isTrue();
        assertThat(SpecialCharacters.contains(0x1F3FB)).isTrue();
        assertThat(SpecialCharacters.contains(0x1F3FF)).isTrue();
    }

    @Test
    void excludesJoinersNbspLineSeparatorAndLetters() {
        for (int cp : new int[] {0xFE0F, 0x200D, 0x00A0, 0x2028, 'a', 'Z', '中', 0x2236, 0xFF05, 0x10FFFF}) {
            assertThat(SpecialCharacters.contains(cp)).as("U+%04X", cp).isFalse();
        }
    }
}
