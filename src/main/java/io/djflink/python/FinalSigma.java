package io.djflink.python;

/**
 * Python's rule for lower-casing a capital sigma (U+03A3): it becomes a final sigma {@code ς} when
 * a cased letter precedes it and none follows it, looking past case-ignorable characters (such as
 * apostrophes, colons, combining marks and format characters) in both directions; otherwise
 * {@code σ}. Java applies the same Unicode condition but bounds the context by word boundaries, so
 * {@code "to:Σ━"} and {@code "FZΣ-"} come out differently.
 */
final class FinalSigma {

    static final int CAPITAL_SIGMA = 0x03A3;

    private FinalSigma() {
    }

    /** Whether the capital sigma at UTF-16 index {@code index} of {@code s} lowers to {@code ς}. */
    static boolean isFinal(String s, int index) {
        int before = index;
        int cp = 0;
        boolean found = false;
        while (before > 0) {
            cp = s.codePointBefore(before);
            before -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                found = true;
                break;
            }
        }
        if (!found || !isCased(cp)) {
            return false;
        }
        int after = index + 1;
        while (after < s.length()) {
            cp = s.codePointAt(after);
            after += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Unicode's Cased property: lowercase, uppercase or titlecase. */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Unicode's Case_Ignorable property: general category Mn, Me, Cf, Lm or Sk, or word-break class
     * MidLetter, MidNumLet or Single_Quote.
     */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                    0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                return false;
        }
    }
}
