package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyValues;
import java.util.List;

/**
 * DataJuicer's {@code specified_field_filter}: keeps samples whose value at {@code field_key} is in
 * {@code target_value}, by Python equality ({@code 1 == 1.0 == True}). A list value is kept when
 * every element is a target, so an empty list is always kept. Everything is kept when
 * {@code field_key} or {@code target_value} is empty; the decision is negated by
 * {@code reversed_range}. See {@link FieldValueFilter} for the copy into the statistics.
 */
public final class SpecifiedFieldFilter extends FieldValueFilter {

    public static final OpSpec SPEC = OpSpec.filter("specified_field_filter", SpecifiedFieldFilter::new)
            .description("Keeps samples whose field value (or every element of a list value) is one of the targets.")
            .param("field_key", ParamType.STRING, "", "the field, levels separated by '.' (e.g. meta.suffix)")
            .param("target_value", ParamType.LIST, List.of(), "the values to keep")
            .build();

    private final List<Object> targets;
    private final boolean reversed;

    public SpecifiedFieldFilter(OpArgs args) {
        super(args);
        this.targets = args.list("target_value");
        this.reversed = args.bool("reversed_range");
    }

    @Override
    boolean isActive() {
        return !fieldKey.isEmpty() && !targets.isEmpty();
    }

    @Override
    boolean keeps(Object value) {
        boolean kept = value instanceof List<?> list ? allTargets(list) : isTarget(value);
        return reversed != kept;
    }

    private boolean allTargets(List<?> values) {
        for (Object value : values) {
            if (!isTarget(value)) {
                return false;
            }
        }
        return true;
    }

    private boolean isTarget(Object value) {
        for (Object target : targets) {
            if (PyValues.equal(value, target)) {
                return true;
            }
        }
        return false;
    }
}
