package io.djflink.ops.unicode;

import java.util.regex.Pattern;

/**
 * ftfy 6.3.1's {@code badness.is_bad}: whether text contains a sequence of characters that is
 * typical of mojibake (UTF-8 decoded in a single-byte encoding) and rare in real text. The
 * character categories and the sequences are ftfy's ({@code MOJIBAKE_CATEGORIES} and
 * {@code BADNESS_RE}), written out for Java.
 */
final class MojibakeHeuristic {

    private static final String COMMON = "\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019";
    private static final String C1 = "\u0080-\u009F";
    private static final String BAD = "\u00A6\u00A4\u00A8\u00AC\u00AF\u00B8\u0192\u02C6\u02C7\u02D8\u02DB\u02DC\u2020"
            + "\u2021\u2030\u2310\u25CA\uFFFD\u00AA\u00BA";
    private static final String LAW = "\u00B6\u00A7";
    private static final String CURRENCY = "\u00A2\u00A3\u00A5\u20A7\u20AC";
    private static final String START_PUNCTUATION = "\u00A1\u00AB\u00BF\u00A9\u0384\u0385\u2018\u201A\u201C\u201E"
            + "\u2022\u2039\uF8FF";
    private static final String END_PUNCTUATION = "\u00AE\u00BB\u02DD\u201D\u203A\u2122";
    private static final String NUMERIC = "\u00B2\u00B3\u00B9\u00B1\u00BC\u00BD\u00BE\u00D7\u00B5\u00F7\u2044\u2202"
            + "\u2206\u220F\u2211\u221A\u221E\u2229\u222B\u2248\u2260\u2261\u2264\u2265\u2116";
    private static final String KAOMOJI = "\u00D2-\u00D6\u00D9-\u00DC\u00F2-\u00F6\u00F8-\u00FC\u0150\u014C\u016A"
            + "\u0172\u00B0";
    private static final String UPPER_ACCENTED = "\u00C0-\u00D1\u00D8\u00DC\u00DD\u0102\u0100\u0104\u0106\u010C"
            + "\u010E\u0110\u0118\u011A\u0112\u0116\u011E\u0122\u0130\u012A\u0136\u0139\u013D\u0141\u013B\u0143\u0147"
            + "\u0145\u0152\u0158\u015A\u015E\u0160\u0162\u0164\u016E\u0170\u0178\u0179\u017B\u017D\u0490";
    private static final String LOWER_ACCENTED = "\u00DF\u00E0-\u00F1\u0103\u0105\u0101\u0107\u010D\u010F\u0111"
            + "\u0119\u011B\u0113\u0117\u011F\u0123\u012F\u012B\u0137\u013A\u013E\u0142\u013C\u0153\u0155\u015B\u015F"
            + "\u0161\u0165\u00FC\u017A\u017C\u017E\u0491\uFB01\uFB02";
    private static final String UPPER_COMMON = "\u00DE\u0391-\u03A9\u0386\u0388\u0389\u038A\u038C\u038E\u038F\u03AA"
            + "\u03AB\u0401-\u042F";
    private static final String LOWER_COMMON = "\u03B1-\u03C9\u03AC\u03AD\u03AE\u03AF\u03B0\u0430-\u045F";
    private static final String BOX = "\u2502\u250C\u2510\u2518\u251C\u2524\u252C\u253C\u2550-\u256C\u2580\u2584"
            + "\u2588\u258C\u2590\u2591\u2592\u2593";
    /** Python's {@code \s} and {@code \w} for {@code str}. */
    private static final String PYTHON_SPACE = "[\\t-\\r\\x1c-\\x1f\\x85\\p{Z}]";
    private static final String PYTHON_WORD = "[\\p{L}\\p{N}_]";

    private static final Pattern BADNESS = Pattern.compile(String.join("|",
            set(C1),
            set(BAD + LOWER_ACCENTED + UPPER_ACCENTED + BOX + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + NUMERIC
                    + LAW) + set(BAD),
            "[a-zA-Z]" + set(LOWER_COMMON + UPPER_COMMON) + set(BAD),
            set(BAD) + set(LOWER_ACCENTED + UPPER_ACCENTED + BOX + START_PUNCTUATION + END_PUNCTUATION + CURRENCY
                    + NUMERIC + LAW),
            set(LOWER_ACCENTED + LOWER_COMMON + BOX + END_PUNCTUATION + CURRENCY + NUMERIC) + set(UPPER_ACCENTED),
            set(BOX + END_PUNCTUATION + CURRENCY + NUMERIC) + set(LOWER_ACCENTED),
            set(LOWER_ACCENTED + BOX + END_PUNCTUATION) + set(CURRENCY),
            PYTHON_SPACE + set(UPPER_ACCENTED) + set(CURRENCY),
            set(UPPER_ACCENTED + BOX) + set(NUMERIC + LAW),
            set(LOWER_ACCENTED + UPPER_ACCENTED + BOX + CURRENCY + END_PUNCTUATION) + set(START_PUNCTUATION)
                    + set(NUMERIC),
            set(LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + BOX + LAW) + set(END_PUNCTUATION)
                    + set(START_PUNCTUATION),
            set(CURRENCY + NUMERIC + BOX) + set(START_PUNCTUATION),
            "[a-z]" + set(UPPER_ACCENTED) + set(START_PUNCTUATION + CURRENCY),
            set(BOX) + set(KAOMOJI),
            set(LOWER_ACCENTED + UPPER_ACCENTED + CURRENCY + NUMERIC + START_PUNCTUATION + END_PUNCTUATION + LAW)
                    + set(BOX),
            set(BOX) + set(END_PUNCTUATION),
            set(LOWER_ACCENTED + UPPER_ACCENTED) + set(START_PUNCTUATION + END_PUNCTUATION) + PYTHON_WORD,
            "[\u0152\u0153][^A-Za-z]",
            set(UPPER_ACCENTED) + "\u00B0",
            "[\u00C2\u00C3\u00CE\u00D0]" + set("\u20AC\u0153\u0160\u0161\u00A2\u00A3\u0178\u017E\u00A0\u00AD\u00AE\u00A9"
                    + "\u00B0\u00B7\u00BB" + START_PUNCTUATION + END_PUNCTUATION + "\u2013\u2014\u00B4"),
            "\u00D7[\u00B2\u00B3]",
            twice("[\u00D8\u00D9]" + set(COMMON + CURRENCY + BAD + NUMERIC + START_PUNCTUATION
                    + "\u0178\u0160\u00AE\u00B0\u00B5\u00BB")),
            "\u00E0[\u00B2\u00B5\u00B9\u00BC\u00BD\u00BE]",
            "\u221A[\u00B1\u2202\u2020\u2260\u00AE\u2122\u00B4\u2264\u2265\u00A5\u00B5\u00F8]",
            "\u2248[\u00B0\u00A2]",
            "\u201A\u00C4[\u00EC\u00EE\u00EF\u00F2\u00F4\u00FA\u00F9\u00FB\u2020\u00B0\u00A2\u03C0]",
            "\u201A[\u00E2\u00F3][\u00E0\u00E4\u00B0\u00EA]",
            "\u0432\u0402",
            "[\u0412\u0413\u0420\u0421]" + set(C1 + BAD + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + "\u00B0\u00B5")
                    + "[\u0412\u0413\u0420\u0421]",
            "\u0413\u045E\u0412\u0402\u0412.[A-Za-z ]",
            "\u00C3[\u00A0\u00A1]",
            "[a-z]" + PYTHON_SPACE + "?[\u00C3\u00C2][ ]",
            "^[\u00C3\u00C2][ ]",
            "[a-z.,?!" + END_PUNCTUATION + "]\u00C2[ " + START_PUNCTUATION + END_PUNCTUATION + "]",
            "\u03B2\u20AC[\u2122\u00A0\u0386\u00AD\u00AE\u00B0]",
            "[\u0392\u0393\u039E\u039F]" + set(C1 + BAD + START_PUNCTUATION + END_PUNCTUATION + CURRENCY + "\u00B0")
                    + "[\u0392\u0393\u039E\u039F]",
            "\u0101\u20AC"), Pattern.UNIX_LINES);

    private MojibakeHeuristic() {
    }

    static boolean isBad(CharSequence text) {
        return BADNESS.matcher(text).find();
    }

    private static String set(String members) {
        return "[" + members + "]";
    }

    private static String twice(String pattern) {
        return pattern + pattern;
    }
}
