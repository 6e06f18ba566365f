package io.djflink.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value types of op parameters, after DataJuicer's pydantic annotations. {@link #coerce}
 * turns a YAML value into the canonical Java form ({@code Long} for integers, {@code Double} for
 * numbers, {@code List} for lists) or explains what was expected.
 */
public enum ParamType {
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    POSITIVE_INTEGER("a positive integer"),
    NON_NEGATIVE_INTEGER("a non-negative integer"),
    NUMBER("a number"),
    UNIT_INTERVAL("a number in [0, 1]"),
    STRING("a string"),
    STRING_OR_LIST("a string or a list of strings"),
    STRING_LIST("a list of strings"),
    POSITIVE_INTEGER_LIST("a list of positive integers"),
    LIST("a list"),
    ANY("any value");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * @return the canonical value
     * @throws IllegalArgumentException naming the expected type when {@code value} does not fit
     */
    public Object coerce(Object value) {
        if (value == null) {
            return null;
        }
        switch (this) {
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                    return Boolean.parseBoolean(s);
                }
                break;
            case INTEGER:
            case POSITIVE_INTEGER:
            case NON_NEGATIVE_INTEGER: {
                Long l = asLong(value);
                if (l != null && (this == INTEGER || l > 0 || (this == NON_NEGATIVE_INTEGER && l == 0))) {
                    return l;
                }
                break;
            }
            case NUMBER:
            case UNIT_INTERVAL: {
                Double d = asDouble(value);
                if (d != null && (this == NUMBER || (d >= 0 && d <= 1))) {
                    return d;
                }
                break;
            }
            case STRING:
                if (value instanceof String) {
                    return value;
                }
                if (value instanceof Number || value instanceof Boolean) {
                    return String.valueOf(value);
                }
                break;
            case STRING_OR_LIST:
                if (value instanceof String) {
                    return value;
                }
                if (value instanceof List<?> l && l.stream().allMatch(o -> o instanceof String)) {
                    return List.copyOf(l);
                }
                break;
            case STRING_LIST:
                if (value instanceof List<?> l && l.stream().allMatch(o -> o instanceof String)) {
                    return List.copyOf(l);
                }
                if (value instanceof String s) {
                    return List.of(s);
                }
                break;
            case POSITIVE_INTEGER_LIST:
                if (value instanceof List<?> l) {
                    List<Long> out = new ArrayList<>();
                    for (Object o : l) {
                        Long n = asLong(o);
                        if (n == null || n <= 0) {
                            throw new IllegalArgumentException("must be " + description + ", got " + render(value));
                        }
                        out.add(n);
                    }
                    return List.copyOf(out);
                }
                break;
            case LIST:
                if (value instanceof List<?>) {
                    return value;
                }
                break;
            case ANY:
                return value;
            default:
                break;
        }
        throw new IllegalArgumentException("must be " + description + ", got " + render(value));
    }

    private static Long asLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof java.math.BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 9.0e18) {
            return d.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Double asDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String render(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        String type = value instanceof List<?> ? "list" : value instanceof java.util.Map<?, ?> ? "mapping" : null;
        return type == null ? String.valueOf(value) : type + " " + value;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
