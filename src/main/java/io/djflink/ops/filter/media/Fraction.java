package io.djflink.ops.filter.media;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number as Python's {@code Fraction(str)} reads it ({@code "9/21"}, {@code "0.5"},
 * {@code "2"}), compared exactly with a float as Python compares a {@code float} with a
 * {@code Fraction}: {@code 7/3} is less than the float nearest to it.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {

    private static final Pattern RATIO = Pattern.compile("\\s*([+-]?\\d+)\\s*/\\s*(\\d+)\\s*");

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a fraction needs a positive denominator");
        }
    }

    /** @throws IllegalArgumentException when the text is neither {@code p/q} nor a decimal number */
    static Fraction parse(String text) {
        Matcher ratio = RATIO.matcher(text);
        if (ratio.matches()) {
            BigInteger denominator = new BigInteger(ratio.group(2));
            if (denominator.signum() == 0) {
                throw new IllegalArgumentException("'" + text + "' divides by zero");
            }
            return new Fraction(new BigInteger(ratio.group(1)), denominator);
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a ratio such as '9/21' or a number such as '0.5'", e);
        }
        return decimal.scale() <= 0
                ? new Fraction(decimal.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    /** The sign of {@code value - this}, exactly. */
    int compareFrom(double value) {
        return new BigDecimal(value).multiply(new BigDecimal(denominator)).compareTo(new BigDecimal(numerator));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
