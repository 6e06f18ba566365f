package io.djflink.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code ==}, ordering ({@code < <= > >=}) and truth value for sample values ({@code None},
 * {@code bool}, {@code int}, {@code float}, {@code str}, {@code list}, {@code dict}), as DataJuicer
 * ops see them after JSON loading.
 *
 * <p>Numbers compare by exact value across types, with {@code bool} as an {@code int}
 * ({@code True == 1 == 1.0}); NaN is unordered and equal to nothing. A {@code BigDecimal} (a JSON
 * number too large for a double) is the float Python reads it as: infinity. Strings order by code point,
 * not by UTF-16 unit (they differ beyond the BMP). Lists compare element by element. Ordering values
 * of different kinds raises {@link PyTypeError}, as Python does.
 */
public final class PyValues {

    /** The ordering operators. */
    public enum Order {
        LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Order(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holdsFor(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    private PyValues() {
    }

    /** {@code bool(value)}: false for None, False, zero, and empty strings, lists and dicts. */
    public static boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (isFloat(value)) {
            return ((Number) value).doubleValue() != 0.0;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        return true;
    }

    /** {@code a == b}. */
    public static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * {@code a < b} and the like.
     *
     * @throws PyTypeError when Python does not order the two values ({@code '<' not supported
     *     between instances of 'str' and 'int'})
     */
    public static boolean ordered(Object a, Object b, Order order) {
        if (isNumber(a) && isNumber(b)) {
            int c = compareNumbers(a, b);
            return c != UNORDERED && order.holdsFor(c);
        }
        if (a instanceof String x && b instanceof String y) {
            return order.holdsFor(PyStr.compare(x, y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            int common = Math.min(x.size(), y.size());
            for (int i = 0; i < common; i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return ordered(x.get(i), y.get(i), order);
                }
            }
            return order.holdsFor(Integer.compare(x.size(), y.size()));
        }
        throw new PyTypeError("'" + order.symbol() + "' not supported between instances of '" + typeName(a)
                + "' and '" + typeName(b) + "'");
    }

    /**
     * {@code getattr(value, name)} for what it can give on a sample value that is not a dict: the
     * data attributes of numbers ({@code real} and {@code imag}, plus {@code numerator} and
     * {@code denominator} for an int or bool). {@code null} (None) for anything else, including
     * methods such as {@code str.upper}, where Python would give a bound method.
     */
    public static Object attribute(Object value, String name) {
        if (!isNumber(value)) {
            return null;
        }
        boolean isFloat = isFloat(value);
        Object asNumber = value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value;
        return switch (name) {
            case "real" -> asNumber;
            case "imag" -> isFloat ? (Object) 0.0 : (Object) 0L;
            case "numerator" -> isFloat ? null : asNumber;
            case "denominator" -> isFloat ? null : (Object) 1L;
            default -> null;
        };
    }

    /** Python's name for the type of a sample value: {@code int}, {@code str}, {@code NoneType}, ... */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (isNumber(value)) {
            return isFloat(value) ? "float" : "int";
        }
        return value.getClass().getSimpleName();
    }

    /** Whether Python sees a number ({@code bool} included). */
    public static boolean isNumber(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    /** Whether Python sees a {@code float} (rather than an {@code int} or {@code bool}). */
    public static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    private static final int UNORDERED = Integer.MIN_VALUE;

    /** The sign of {@code a - b}, or {@link #UNORDERED} when either is NaN. */
    private static int compareNumbers(Object a, Object b) {
        boolean aIsFloat = isFloat(a);
        boolean bIsFloat = isFloat(b);
        if (!aIsFloat && !bIsFloat) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return Integer.signum(toBigInteger(a).compareTo(toBigInteger(b)));
            }
            return Long.compare(toLong(a), toLong(b));
        }
        if (aIsFloat && bIsFloat) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
        }
        int floatFirst = compareFloatWithInt(((Number) (aIsFloat ? a : b)).doubleValue(), aIsFloat ? b : a);
        return floatFirst == UNORDERED || aIsFloat ? floatFirst : -floatFirst;
    }

    /** Compares without rounding the int to a float, as Python does. */
    private static int compareFloatWithInt(double f, Object integral) {
        if (Double.isNaN(f)) {
            return UNORDERED;
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? 1 : -1;
        }
        return Integer.signum(new BigDecimal(f).compareTo(new BigDecimal(toBigInteger(integral))));
    }

    private static long toLong(Object integral) {
        return integral instanceof Boolean b ? (b ? 1 : 0) : ((Number) integral).longValue();
    }

    private static BigInteger toBigInteger(Object integral) {
        return integral instanceof BigInteger i ? i : BigInteger.valueOf(toLong(integral));
    }
}
