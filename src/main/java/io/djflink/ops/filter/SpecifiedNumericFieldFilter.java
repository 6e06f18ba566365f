package io.djflink.ops.filter;

import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyFloat;
import io.djflink.python.PyTypeError;
import io.djflink.python.PyValues;

/**
 * DataJuicer's {@code specified_numeric_field_filter}: keeps samples whose value at {@code field_key}
 * is a number within [min_value, max_value] ({@code get_keep_boolean} on {@code float(value)}).
 *
 * <p>DataJuicer's {@code is_number} requires a truthy value that {@code float()} accepts: numeric
 * strings such as {@code "13.5"} or {@code " 1_000 "} count, while {@code 0}, {@code 0.0},
 * {@code ""}, {@code None} and {@code False} are dropped like any non-number, whatever the range. A
 * non-empty list or dict fails, as {@code float()} raises {@code TypeError} there. Everything is
 * kept when {@code field_key} is empty. See {@link FieldValueFilter} for the copy into the statistics.
 */
public final class SpecifiedNumericFieldFilter extends FieldValueFilter {

    public static final OpSpec SPEC = OpSpec.filter("specified_numeric_field_filter", SpecifiedNumericFieldFilter::new)
            .description("Keeps samples whose field holds a number within [min_value, max_value].")
            .param("field_key", ParamType.STRING, "", "the field, levels separated by '.' (e.g. meta.star)")
            .optional("min_value", ParamType.NUMBER, -Long.MAX_VALUE, "minimum value (default -sys.maxsize)")
            .optional("max_value", ParamType.NUMBER, Long.MAX_VALUE, "maximum value (default sys.maxsize)")
            .build();

    private final KeepRange range;

    public SpecifiedNumericFieldFilter(OpArgs args) {
        super(args);
        this.range = KeepRange.of(args, "min_value", "max_value");
    }

    @Override
    boolean isActive() {
        return !fieldKey.isEmpty();
    }

    @Override
    boolean keeps(Object value) {
        if (!PyValues.isTruthy(value)) {
            return false;
        }
        Double number;
        try {
            number = PyFloat.of(value);
        } catch (PyTypeError e) {
            throw new IllegalArgumentException("field '" + fieldKey + "': " + e.getMessage(), e);
        }
        return number != null && range.keeps(number);
    }
}
