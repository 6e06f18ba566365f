package io.djflink.ops.filter;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.ops.filter.condition.Condition;
import io.djflink.ops.filter.condition.ConditionSyntaxException;
import io.djflink.python.PyTypeError;
import io.djflink.python.PyValues;
import java.util.Map;

/**
 * DataJuicer's {@code general_field_filter}: keeps the samples for which {@code filter_condition}
 * (see {@link Condition}) is truthy. The value is recorded as stat
 * {@code general_field_filter_condition}; as for every DataJuicer filter, a value already recorded
 * (by an earlier {@code general_field_filter}, whatever its condition) is reused, not recomputed. An
 * empty condition keeps everything and records nothing. The range options
 * ({@code reversed_range}, ...) are accepted but have no effect, as in DataJuicer.
 */
public final class GeneralFieldFilter implements Filter {

    public static final String STAT = "general_field_filter_condition";
    private static final String PARAM = "filter_condition";

    public static final OpSpec SPEC = OpSpec.filter("general_field_filter", GeneralFieldFilter::new)
            .description("Keeps samples for which a Python condition over their fields holds.")
            .param(PARAM, ParamType.STRING, "",
                    "e.g. \"10 < num <= 30 and text != 'nothing here' and __dj__meta__.a == 3\"; empty keeps all")
            .build();

    /** {@code null} for an empty condition. */
    private final Condition condition;

    public GeneralFieldFilter(OpArgs args) {
        String source = args.string(PARAM);
        try {
            this.condition = source.isEmpty() ? null : Condition.parse(source);
        } catch (ConditionSyntaxException e) {
            throw new OpArgumentException(args.opName(), PARAM, "op '" + args.opName() + "': parameter '" + PARAM
                    + "': " + e.getMessage());
        }
    }

    /** Also creates the empty statistics for an empty condition, as DataJuicer's {@code Filter.run} does. */
    @Override
    public void computeStats(Sample sample) {
        Map<String, Object> stats = sample.stats();
        if (condition == null || stats.containsKey(STAT)) {
            return;
        }
        try {
            stats.put(STAT, condition.evaluate(sample));
        } catch (PyTypeError e) {
            throw new IllegalArgumentException(PARAM + " \"" + condition + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean process(Sample sample) {
        Object stats = sample.get(Sample.STATS);
        return !(stats instanceof Map<?, ?> map) || !map.containsKey(STAT) || PyValues.isTruthy(map.get(STAT));
    }
}
