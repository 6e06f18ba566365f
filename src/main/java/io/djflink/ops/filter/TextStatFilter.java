package io.djflink.ops.filter;

import io.djflink.ops.Filter;
import io.djflink.ops.KeepRange;
import io.djflink.ops.OpArgs;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;
import java.util.Map;

/**
 * The shape shared by DataJuicer's text filters: one statistic computed from the text and stored in
 * {@code __dj__stats__} unless a value is already there, and a range test on it
 * ({@code get_keep_boolean}).
 */
abstract class TextStatFilter implements Filter {

    private final String textKey;
    private final String statKey;
    private final KeepRange range;

    TextStatFilter(OpArgs args, String statKey, String minParam, String maxParam) {
        this.textKey = args.textKey();
        this.statKey = statKey;
        this.range = KeepRange.of(args, minParam, maxParam);
    }

    /** The statistic of one text: a {@code Long} for counts, a {@code Double} for ratios. */
    abstract Object statOf(String text);

    @Override
    public final void computeStats(Sample sample) {
        Map<String, Object> stats = sample.stats();
        if (!stats.containsKey(statKey)) {
            stats.put(statKey, statOf(SampleText.require(sample, textKey)));
        }
    }

    @Override
    public final boolean process(Sample sample) {
        Object value = sample.stats().get(statKey);
        if (value instanceof Number number) {
            return range.keeps(number.doubleValue());
        }
        String found = value == null ? "missing" : "'" + value + "'";
        throw new IllegalArgumentException("statistic '" + Sample.STATS + "." + statKey + "' is " + found
                + ", not a number");
    }
}
