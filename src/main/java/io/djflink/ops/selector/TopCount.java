package io.djflink.ops.selector;

import io.djflink.ops.OpArgs;

/**
 * How many the top-k selectors keep, as DataJuicer computes it before {@code int()}: {@code topk},
 * or {@code top_ratio} of the population lowered to {@code topk} when both are set.
 */
record TopCount(Double topRatio, Long topk) {

    static TopCount from(OpArgs args) {
        return new TopCount(args.optionalDouble("top_ratio"), args.optionalLong("topk"));
    }

    /** The count for {@code population} items (samples or distinct values); null to keep everything. */
    Double of(int population) {
        if (topRatio == null || topRatio == 0) {
            return topk == null ? null : topk.doubleValue();
        }
        double n = topRatio * population;
        return topk != null && topk < n ? topk.doubleValue() : n;
    }
}
