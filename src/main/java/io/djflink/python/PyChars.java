package io.djflink.python;

/**
 * Python's per-character {@code str} predicates, applied to one code point.
 *
 * <p>Java's own predicates differ in ways that change DataJuicer's statistics:
 * {@link Character#isWhitespace} misses NBSP, U+2007, U+202F and U+0085, and
 * {@link Character#isLetterOrDigit} misses letter and other numbers such as {@code ½}, {@code ²}
 * and {@code ①}.
 */
public final class PyChars {

    private PyChars() {
    }

    /**
     * {@code str.isspace()}: {@code \t \n \v \f \r}, {@code \x1c}-{@code \x1f}, space, U+0085, U+00A0,
     * U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. Not U+200B.
     */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
        }
        switch (cp) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** {@code str.isalpha()}: general category Lu, Ll, Lt, Lm or Lo. */
    public static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetter(cp);
    }

    /**
     * {@code str.isalnum()}: {@code isalpha() or isdecimal() or isdigit() or isnumeric()}, which for
     * every code point means general category L* or N* (Nd, Nl, No).
     */
    public static boolean isAlnum(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
