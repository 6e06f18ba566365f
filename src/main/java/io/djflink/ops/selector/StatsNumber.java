package io.djflink.ops.selector;

import io.djflink.python.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code stats_to_number(value, reverse)}, the number selectors rank a statistic by:
 * a string is parsed as Python's {@code float()} does, a number or boolean is itself, a list is its
 * numpy mean ({@code float(np.asarray(value).mean())}, nested lists included); null, an empty list
 * and anything that fails become {@code -sys.maxsize} ({@code reverse}) or {@code sys.maxsize}, so
 * that they rank last.
 */
final class StatsNumber {

    /** {@code sys.maxsize} as a double (Python compares the exact integer; no statistic lies in between). */
    private static final double MAX_SIZE = 9223372036854775807.0;

    private static final Pattern PYTHON_DECIMAL = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern PYTHON_SPECIAL = Pattern.compile("(?i)[+-]?(?:inf|infinity|nan)");
    /** numpy's pairwise summation adds blocks of this many values with eight accumulators. */
    private static final int PAIRWISE_BLOCK = 128;
    private static final int UNROLL = 8;

    private StatsNumber() {
    }

    static double of(Object value, boolean reverse) {
        double failed = reverse ? -MAX_SIZE : MAX_SIZE;
        if (value instanceof String s) {
            Double parsed = pythonFloat(s);
            return parsed == null ? failed : parsed;
        }
        if (value == null || FieldPath.isAbsent(value) || value instanceof List<?> l && l.isEmpty()) {
            return failed;
        }
        if (value instanceof List<?> list) {
            double[] values = flattenedNumbers(list);
            return values == null ? failed : pairwiseSum(values, 0, values.length) / values.length;
        }
        Double scalar = asDouble(value);
        return scalar == null ? failed : scalar;
    }

    /** Python's {@code float(s)}: surrounding whitespace and digit-separating underscores allowed; null if invalid. */
    private static Double pythonFloat(String s) {
        String t = asciiDigits(PyStr.strip(s));
        if (PYTHON_DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", ""));
        }
        if (PYTHON_SPECIAL.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            if (t.toLowerCase(Locale.ROOT).endsWith("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /** Python reads every Unicode decimal digit as its ASCII counterpart. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static Double asDouble(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }

    /**
     * The values of {@code np.asarray(list)} when it is a numeric array: every leaf a number or
     * boolean, and every level rectangular. Null otherwise (numpy would build an object or string
     * array, or refuse a ragged one, and {@code mean()} would fail).
     */
    private static double[] flattenedNumbers(List<?> list) {
        List<Double> out = new ArrayList<>();
        if (shapeOf(list, out) == null) {
            return null;
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The shape of a nested list (collecting its leaves), or null when ragged or not numeric. */
    private static List<Integer> shapeOf(Object value, List<Double> leaves) {
        if (!(value instanceof List<?> list)) {
            Double d = asDouble(value);
            if (d == null) {
                return null;
            }
            leaves.add(d);
            return List.of();
        }
        List<Integer> childShape = null;
        for (Object child : list) {
            List<Integer> shape = shapeOf(child, leaves);
            if (shape == null || (childShape != null && !childShape.equals(shape))) {
                return null;
            }
            childShape = shape;
        }
        List<Integer> shape = new ArrayList<>();
        shape.add(list.size());
        if (childShape != null) {
            shape.addAll(childShape);
        }
        return shape;
    }

    /** numpy's {@code pairwise_sum} of {@code a[from, from + n)}, exactly as its float64 add reduction does it. */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < UNROLL) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += a[from + i];
            }
            return sum;
        }
        if (n <= PAIRWISE_BLOCK) {
            double[] r = new double[UNROLL];
            System.arraycopy(a, from, r, 0, UNROLL);
            int i = UNROLL;
            for (; i < n - n % UNROLL; i += UNROLL) {
                for (int k = 0; k < UNROLL; k++) {
                    r[k] += a[from + i + k];
                }
            }
            double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                sum += a[from + i];
            }
            return sum;
        }
        int half = n / 2;
        half -= half % UNROLL;
        return pairwiseSum(a, from, half) + pairwiseSum(a, from + half, n - half);
    }
}
