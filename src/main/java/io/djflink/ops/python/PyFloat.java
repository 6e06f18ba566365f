package io.djflink.ops.python;

import io.djflink.ops.text.PyChars;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Python's {@code float(value)} for sample values. */
public final class PyFloat {

    /** What {@code float(str)} accepts once whitespace is stripped: underscores only between digits. */
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
                    + "(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
    private static final Pattern SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyFloat() {
    }

    /**
     * {@code float(value)}.
     *
     * @return the value, or {@code null} where Python raises {@code ValueError} (a string that is
     *     not a number)
     * @throws PyTypeError where Python raises {@code TypeError} (None, a list, a dict) or
     *     {@code OverflowError} (an int beyond the float range)
     */
    public static Double of(Object value) {
        if (value instanceof String s) {
            return parse(s);
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof BigInteger i) {
            double d = i.doubleValue();
            if (Double.isInfinite(d)) {
                throw new PyTypeError("int too large to convert to float");
            }
            return d;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new PyTypeError("float() argument must be a string or a real number, not '"
                + PyValues.typeName(value) + "'");
    }

    /**
     * {@code float(str)}: surrounding whitespace is ignored, digits of any script count (Arabic-Indic,
     * fullwidth, ...), {@code inf}, {@code infinity} and {@code nan} in any case.
     *
     * @return the value, or {@code null} when Python raises {@code ValueError}
     */
    public static Double parse(String s) {
        String ascii = toAscii(s);
        if (ascii == null) {
            return null;
        }
        if (DECIMAL.matcher(ascii).matches()) {
            return Double.parseDouble(ascii.replace("_", ""));
        }
        var special = SPECIAL.matcher(ascii);
        if (special.matches()) {
            double magnitude = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return special.group(1).equals("-") ? -magnitude : magnitude;
        }
        return null;
    }

    /**
     * CPython's first step: non-ASCII whitespace becomes a space and non-ASCII decimal digits become
     * ASCII ones; then ASCII whitespace ({@code ' \t\n\v\f\r'}, not {@code \x1c}-{@code \x1f}) is
     * stripped. {@code null} when another non-ASCII character makes the string invalid.
     */
    private static String toAscii(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 127 && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (cp < 127) {
                    out.append((char) cp);
                } else if (PyChars.isSpace(cp)) {
                    out.append(' ');
                } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                    out.append((char) ('0' + Character.digit(cp, 10)));
                } else {
                    return null;
                }
            }
            i += Character.charCount(cp);
        }
        return stripAsciiSpace(out == null ? s : out.toString());
    }

    private static String stripAsciiSpace(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isAsciiSpace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
