package io.djflink.ops.unicode;

import java.text.Normalizer;
import java.util.function.IntFunction;

/** ftfy 6.3.1's character-by-character fixes. Each returns its argument when nothing changes. */
final class CharacterFixes {

    private CharacterFixes() {
    }

    /** {@code fix_latin_ligatures}: ĳ, ǆ, ﬁ, ﬂ and the other Latin ligatures become their letters. */
    static String spellOutLatinLigatures(String text) {
        return translate(text, CharacterFixes::ligatureLetters);
    }

    /**
     * {@code fix_character_width}: U+3000 becomes a space and the half-width and full-width forms
     * U+FF01-U+FFEF their NFKC equivalents.
     */
    static String normalizeWidth(String text) {
        return translate(text, c -> {
            if (c == 0x3000) {
                return " ";
            }
            if (c >= 0xFF01 && c < 0xFFF0) {
                String alternate = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
                return alternate.equals(Character.toString(c)) ? null : alternate;
            }
            return null;
        });
    }

    /** {@code uncurl_quotes}: U+201C-U+201F become {@code "}, U+02BC and U+2018-U+201B {@code '}. */
    static String uncurlQuotes(String text) {
        return translate(text, c -> {
            if (c >= 0x201C && c <= 0x201F) {
                return "\"";
            }
            return c == 0x02BC || (c >= 0x2018 && c <= 0x201B) ? "'" : null;
        });
    }

    /** {@code fix_line_breaks}: {@code \r\n}, {@code \r}, U+2028, U+2029 and U+0085 become {@code \n}. */
    static String unifyLineBreaks(String text) {
        String unified = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        return translate(unified, c -> c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 ? "\n" : null);
    }

    /** {@code fix_surrogates}: a surrogate that is not half of a pair becomes U+FFFD. */
    static String replaceLoneSurrogates(String text) {
        return translate(text, c -> c >= 0xD800 && c <= 0xDFFF ? "\uFFFD" : null);
    }

    /**
     * {@code remove_control_chars}: removes U+0000-U+0008, U+000B, U+000E-U+001F, U+007F,
     * U+206A-U+206F, U+FEFF and U+FFF9-U+FFFC.
     */
    static String removeControlCharacters(String text) {
        return translate(text, c -> c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F
                || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) ? "" : null);
    }

    private static String ligatureLetters(int c) {
        return switch (c) {
            case 0x0132 -> "IJ";
            case 0x0133 -> "ij";
            case 0x0149 -> "\u02BCn";
            case 0x01F1 -> "DZ";
            case 0x01F2 -> "Dz";
            case 0x01F3 -> "dz";
            case 0x01C4 -> "D\u017D";
            case 0x01C5 -> "D\u017E";
            case 0x01C6 -> "d\u017E";
            case 0x01C7 -> "LJ";
            case 0x01C8 -> "Lj";
            case 0x01C9 -> "lj";
            case 0x01CA -> "NJ";
            case 0x01CB -> "Nj";
            case 0x01CC -> "nj";
            case 0xFB00 -> "ff";
            case 0xFB01 -> "fi";
            case 0xFB02 -> "fl";
            case 0xFB03 -> "ffi";
            case 0xFB04 -> "ffl";
            case 0xFB05 -> "\u017Ft";
            case 0xFB06 -> "st";
            default -> null;
        };
    }

    /**
     * Replaces each code point for which {@code replacement} gives a string; code points of a
     * surrogate pair are seen whole, lone surrogates one by one.
     */
    private static String translate(String text, IntFunction<String> replacement) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String replaced = replacement.apply(c);
            if (replaced != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replaced != null) {
                    out.append(replaced);
                } else {
                    out.append(text, i, next);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
