package io.djflink.ops.selector;

import io.djflink.python.PyStr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * Python's {@code <} on the JSON-like values a field may hold: numbers and booleans by exact value
 * ({@code True == 1}, and an integer beyond 2^53 is not equal to the float it rounds to), strings
 * by code points, lists element by element and then by length. Anything else cannot be ordered,
 * as in Python, where it raises TypeError.
 */
final class PythonOrder implements Comparator<Object> {

    static final PythonOrder INSTANCE = new PythonOrder();

    private PythonOrder() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return PyStr.compare(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        throw new IllegalArgumentException("cannot order " + FieldPath.describe(a) + " and " + FieldPath.describe(b)
                + " (Python raises TypeError)");
    }

    static boolean isOrderable(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(PythonOrder::isOrderable);
        }
        return isNumeric(value) || value instanceof String;
    }

    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static int compareNumbers(Object a, Object b) {
        if (isIntegral(a) && isIntegral(b)) {
            return toBigInteger(a).compareTo(toBigInteger(b));
        }
        double x = ((Number) asNumber(a)).doubleValue();
        double y = ((Number) asNumber(b)).doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.compare(x, y);
        }
        return exact(a).compareTo(exact(b));
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof BigInteger;
    }

    private static Object asNumber(Object v) {
        return v instanceof Boolean bool ? (bool ? 1L : 0L) : v;
    }

    private static BigInteger toBigInteger(Object v) {
        Object n = asNumber(v);
        return n instanceof BigInteger big ? big : BigInteger.valueOf(((Number) n).longValue());
    }

    private static BigDecimal exact(Object v) {
        Object n = asNumber(v);
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(((Number) n).doubleValue());
        }
        return BigDecimal.valueOf(((Number) n).longValue());
    }
}
