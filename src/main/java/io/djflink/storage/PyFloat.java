package io.djflink.storage;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Python's {@code repr(float)}: the shortest digits that read back as the same double, in fixed
 * notation for 1e-4 &lt;= |x| &lt; 1e16 and as {@code 1.5e-05} / {@code 1e+16} otherwise. Statistics
 * written by filters therefore print exactly as DataJuicer prints them.
 */
public final class PyFloat {

    private PyFloat() {
    }

    /** @param d a finite double */
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
}
