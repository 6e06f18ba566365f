package io.djflink.ops;

/**
 * DataJuicer's {@code Filter.get_keep_boolean}: whether a statistic lies in [min, max], with the
 * closed/open and reversed-range options every filter accepts. As in DataJuicer, a reversed range
 * first flips both closed flags, so it keeps exactly the complement of the range.
 */
public final class KeepRange {

    private final Double min;
    private final Double max;
    private final boolean minClosed;
    private final boolean maxClosed;
    private final boolean reversed;

    public KeepRange(Double min, Double max, boolean minClosed, boolean maxClosed, boolean reversed) {
        this.min = min;
        this.max = max;
        this.reversed = reversed;
        this.minClosed = reversed != minClosed;
        this.maxClosed = reversed != maxClosed;
    }

    /** The range of a filter from its {@code minParam}/{@code maxParam} and the common range options. */
    public static KeepRange of(OpArgs args, String minParam, String maxParam) {
        return new KeepRange(args.optionalDouble(minParam), args.optionalDouble(maxParam),
                args.bool("min_closed_interval"), args.bool("max_closed_interval"), args.bool("reversed_range"));
    }

    public boolean keeps(double value) {
        boolean res = true;
        if (min != null) {
            res = minClosed ? value >= min : value > min;
        }
        if (max != null) {
            res = res && (maxClosed ? value <= max : value < max);
        }
        return reversed != res;
    }
}
