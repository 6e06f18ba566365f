package io.djflink.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python's {@code str} operations as DataJuicer uses them: lengths in code points (an emoji is one
 * character, not two UTF-16 units), whitespace and line breaks as Python defines them.
 */
public final class PyStr {

    /** U+0130, the only character whose lower case is two code points: {@code i} and U+0307. */
    private static final int CAPITAL_I_WITH_DOT = 0x0130;

    private PyStr() {
    }

    /** Python's {@code str} ordering: by code point, where Java's compares UTF-16 units. */
    public static int compare(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** {@code len(s)}: the number of code points. */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s.strip()}: removes {@link PyChars#isSpace} characters at both ends. */
    public static String strip(String s) {
        // Every Python whitespace character is in the BMP, so UTF-16 units can be tested directly.
        int begin = 0;
        int end = s.length();
        while (begin < end && PyChars.isSpace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && PyChars.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    /**
     * {@code s.splitlines()}: splits on {@code \n}, {@code \r}, {@code \r\n}, {@code \v}, {@code \f},
     * {@code \x1c}, {@code \x1d}, {@code \x1e}, U+0085, U+2028 and U+2029, without the line breaks.
     * A trailing line break does not start another (empty) line, so {@code ""} gives no lines.
     */
    public static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isLineBreak(c)) {
                i++;
                continue;
            }
            lines.add(s.substring(lineStart, i));
            i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            lineStart = i;
        }
        if (lineStart < s.length()) {
            lines.add(s.substring(lineStart));
        }
        return lines;
    }

    /** {@code len(s.splitlines())}, without building the lines. */
    public static int lineCount(String s) {
        int lines = 0;
        int lineStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                lines++;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return lineStart < s.length() ? lines + 1 : lines;
    }

    /**
     * {@code max(len(line) for line in s.splitlines())} in code points, 0 when there are no lines,
     * without building the lines.
     */
    public static int longestLineLength(String s) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                longest = Math.max(longest, current);
                current = 0;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
                current++;
            }
        }
        return Math.max(longest, current);
    }

    /**
     * {@code s.lower()}: full Unicode lower-casing ({@code 'İ'} becomes two code points), independent
     * of the default locale, with Python's choice between {@code σ} and {@code ς} (see
     * {@link FinalSigma}).
     */
    public static String lower(String s) {
        if (s.indexOf(FinalSigma.CAPITAL_SIGMA) < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == FinalSigma.CAPITAL_SIGMA) {
                out.append(FinalSigma.isFinal(s, i) ? 'ς' : 'σ');
            } else if (cp == CAPITAL_I_WITH_DOT) {
                out.append("i\u0307");
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        switch (c) {
            case '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }
}
