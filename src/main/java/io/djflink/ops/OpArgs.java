package io.djflink.ops;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The validated arguments of one op: every declared parameter is present, either as given in the
 * recipe or as its default, in canonical form (see {@link ParamType#coerce}).
 */
public final class OpArgs {

    private final String opName;
    private final Map<String, Object> values;

    OpArgs(String opName, Map<String, Object> values) {
        this.opName = opName;
        this.values = Collections.unmodifiableMap(values);
    }

    public String opName() {
        return opName;
    }

    /** All parameters, declared order. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isNull(String name) {
        return raw(name) == null;
    }

    public Object raw(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("op " + opName + " has no parameter '" + name + "'");
        }
        return values.get(name);
    }

    public String string(String name) {
        Object v = raw(name);
        return v == null ? null : v.toString();
    }

    public long longValue(String name) {
        return ((Number) raw(name)).longValue();
    }

    public int intValue(String name) {
        long v = longValue(name);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    public double doubleValue(String name) {
        return ((Number) raw(name)).doubleValue();
    }

    /** A nullable number ({@code Optional[int|float]}), as a double. */
    public Double optionalDouble(String name) {
        Object v = raw(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A nullable integer ({@code Optional[int]}). */
    public Long optionalLong(String name) {
        Object v = raw(name);
        return v == null ? null : ((Number) v).longValue();
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(raw(name));
    }

    /** A list of strings; a single string (for {@code Union[str, List[str]]}) becomes a one-element list. */
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        Object v = raw(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        return (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        Object v = raw(name);
        return v == null ? List.of() : (List<Object>) v;
    }

    /** The field an op reads its text from: the recipe's first {@code text_keys} entry by default. */
    public String textKey() {
        return string(OpSpec.TEXT_KEY);
    }

    @Override
    public String toString() {
        return opName + values;
    }
}
