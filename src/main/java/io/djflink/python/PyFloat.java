package io.djflink.python;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Python's floats: {@code float(value)} for sample values ({@link #of}, {@link #parse}) and
 * {@code repr(float)} ({@link #repr}), so that statistics print exactly as DataJuicer prints them.
 */
public final class PyFloat {

    /** What {@code float(str)} accepts once whitespace is stripped: underscores only between digits. */
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
                    + "(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
    private static final Pattern SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyFloat() {
    }

    /**
     * {@code repr(d)}: the shortest digits that read back as the same double, in fixed notation for
     * 1e-4 &lt;= |x| &lt; 1e16 and as {@code 1.5e-05} / {@code 1e+16} otherwise.
     *
     * @param d a finite double
     */
    public static String repr(double d) {
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Jackson's Schubfach writer gives the shortest round-trip digits, in Java's notation.
        String java = NumberOutput.toString(d, true);
        boolean negative = java.charAt(0) == '-';
        String body = negative ? java.substring(1) : java;
        int e = body.indexOf('E');
        String mantissa = e < 0 ? body : body.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(body.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String digits = intPart + fracPart;
        int pointPos = intPart.length() + exp10; // decimal point position relative to the digit string
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            pointPos--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        int sciExp = pointPos - 1; // exponent when written as d.ddd
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        if (sciExp >= -5 + 1 && sciExp < 16) {
            if (pointPos <= 0) {
                out.append("0.");
                out.append("0".repeat(-pointPos));
                out.append(digits);
            } else if (pointPos >= digits.length()) {
                out.append(digits).append("0".repeat(pointPos - digits.length())).append(".0");
            } else {
                out.append(digits, 0, pointPos).append('.').append(digits, pointPos, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(sciExp < 0 ? '-' : '+');
            int abs = Math.abs(sciExp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
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
