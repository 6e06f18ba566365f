package io.djflink.ops.text;

/**
 * DataJuicer's {@code VARIOUS_WHITESPACES}, the characters {@code whitespace_normalization_mapper}
 * turns into a plain space: U+0009, U+0020, U+0084, U+00A0, U+2000-U+200D, U+202F, U+205F,
 * U+2060, U+3000 and U+FFFC (23 code points). It has U+0084 where one would expect U+0085, it has
 * the zero-width characters U+200B-U+200D and U+2060, and it has neither {@code \n} nor
 * {@code \r}.
 */
public final class VariousWhitespaces {

    private VariousWhitespaces() {
    }

    public static boolean contains(int codePoint) {
        switch (codePoint) {
            case 0x09, 0x20, 0x84, 0xA0, 0x202F, 0x205F, 0x2060, 0x3000, 0xFFFC:
                return true;
            default:
                return codePoint >= 0x2000 && codePoint <= 0x200D;
        }
    }
}
