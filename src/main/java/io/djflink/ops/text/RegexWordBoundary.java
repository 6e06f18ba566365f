package io.djflink.ops.text;

/**
 * {@code \w} and {@code \b} as {@link PythonRegex} matches them, for searches written by hand
 * ({@link MatchFinder}) that must agree with the regex engine. With
 * {@code UNICODE_CHARACTER_CLASS}, Java's word characters are the alphabetic ones, the marks
 * (Mn, Mc, Me), the decimal digits (Nd), the connector punctuation (Pc) and the two join controls.
 */
public final class RegexWordBoundary {

    private static final int WORD_CATEGORIES = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER)
            | (1 << Character.CONNECTOR_PUNCTUATION);
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private RegexWordBoundary() {
    }

    /** Whether {@code \w} matches the code point. */
    public static boolean isWordCharacter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isAlphabetic(cp) || ((WORD_CATEGORIES >> Character.getType(cp)) & 1) != 0
                || cp == ZERO_WIDTH_NON_JOINER || cp == ZERO_WIDTH_JOINER;
    }

    /** Whether {@code \b} matches at UTF-16 offset {@code index}: a word character on one side only. */
    public static boolean isAt(CharSequence text, int index) {
        boolean wordBefore = index > 0 && isWordCharacter(Character.codePointBefore(text, index));
        boolean wordAfter = index < text.length() && isWordCharacter(Character.codePointAt(text, index));
        return wordBefore != wordAfter;
    }
}
