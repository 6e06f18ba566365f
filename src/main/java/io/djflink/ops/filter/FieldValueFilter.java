package io.djflink.ops.filter;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgs;
import io.djflink.ops.Sample;
import java.util.Map;

/**
 * The shape of DataJuicer's {@code specified_field_filter} and {@code specified_numeric_field_filter}:
 * {@link #computeStats} copies the value at the dotted {@code field_key} into
 * {@code __dj__stats__[field_key]} (unless that key is already there), and {@link #process} decides
 * on the copied value.
 *
 * <p>As in DataJuicer, every level of the path must exist, even when the statistic is already
 * there; an empty {@code field_key} therefore fails on every sample.
 */
abstract class FieldValueFilter implements Filter {

    final String fieldKey;

    FieldValueFilter(OpArgs args) {
        this.fieldKey = args.string("field_key");
    }

    /** Whether the sample is kept, given the value copied into its statistics. */
    abstract boolean keeps(Object value);

    /** Whether the op filters at all; DataJuicer keeps every sample otherwise. */
    abstract boolean isActive();

    @Override
    public final void computeStats(Sample sample) {
        Object value = sample.getPath(fieldKey);
        if (value == Sample.ABSENT) {
            throw new IllegalArgumentException(fieldKey.isEmpty()
                    ? "field_key is empty, so there is no field to read"
                    : "field '" + fieldKey + "' is missing");
        }
        Map<String, Object> stats = sample.stats();
        if (!stats.containsKey(fieldKey)) {
            stats.put(fieldKey, value);
        }
    }

    @Override
    public final boolean process(Sample sample) {
        return !isActive() || keeps(sample.stats().get(fieldKey));
    }
}
