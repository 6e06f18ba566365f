package io.djflink.ops.selector;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * DataJuicer's {@code range_specified_field_selector}: ranks the samples by {@link StatsNumber} of
 * {@code field_key} (null and missing values first) and keeps the ranks {@code (lower, upper]},
 * where {@code lower = max(int(lower_percentile * N), lower_rank)} and
 * {@code upper = min(int(upper_percentile * N), upper_rank)} over the bounds that are set. Both a
 * lower and an upper bound are needed, else every sample is kept.
 *
 * <p>Ties follow DataJuicer's two steps exactly: it takes the {@code upper} smallest (equal values:
 * earlier samples first), then of those the {@code upper - lower} largest (equal values: again
 * the earlier samples), so at a tie on the lower edge the earlier samples survive.
 *
 * <p>DataJuicer emits the kept samples from the largest value down; here they stay in input order.
 */
public final class RangeSpecifiedFieldSelector implements DatasetOp {

    public static final OpSpec SPEC = OpSpec.selector("range_specified_field_selector",
                    RangeSpecifiedFieldSelector::new)
            .description("Keeps the samples whose rank by a field lies between a lower and an upper bound.")
            .param("field_key", ParamType.STRING, "", "field to rank by; nested fields as meta.score")
            .optional("lower_percentile", ParamType.UNIT_INTERVAL, null, "lower bound as a fraction of the samples")
            .optional("upper_percentile", ParamType.UNIT_INTERVAL, null, "upper bound as a fraction of the samples")
            .optional("lower_rank", ParamType.POSITIVE_INTEGER, null,
                    "lower bound as a rank (with lower_percentile: the larger)")
            .optional("upper_rank", ParamType.POSITIVE_INTEGER, null,
                    "upper bound as a rank (with upper_percentile: the smaller)")
            .build();

    private final FieldPath field;
    private final Double lowerPercentile;
    private final Double upperPercentile;
    private final Long lowerRank;
    private final Long upperRank;

    public RangeSpecifiedFieldSelector(OpArgs args) {
        this.field = new FieldPath(args.string("field_key"));
        this.lowerPercentile = args.optionalDouble("lower_percentile");
        this.upperPercentile = args.optionalDouble("upper_percentile");
        this.lowerRank = args.optionalLong("lower_rank");
        this.upperRank = args.optionalLong("upper_rank");
    }

    /** The field's {@link StatsNumber}, or {@link FieldPath#ABSENT}. */
    @Override
    public Object digest(Sample sample) {
        if (field.key().isEmpty()) {
            return null;
        }
        Object value = field.read(sample);
        return FieldPath.isAbsent(value) ? value : StatsNumber.of(value, true);
    }

    @Override
    public BitSet select(List<Object> digests) {
        int total = digests.size();
        BitSet kept = new BitSet(total);
        if (total <= 1 || field.key().isEmpty() || (lowerPercentile == null && lowerRank == null)
                || (upperPercentile == null && upperRank == null)) {
            kept.set(0, total);
            return kept;
        }
        long lower = lowerPercentile == null ? 0 : (long) (lowerPercentile * total);
        if (lowerRank != null) {
            lower = Math.max(lower, lowerRank);
        }
        long upper = upperPercentile == null ? total : (long) (upperPercentile * total);
        if (upperRank != null) {
            upper = Math.min(upper, upperRank);
        }
        upper = Math.max(lower, upper);
        field.requireInSomeSample(digests);
        Comparator<Integer> byValue = Ranking.byNumber(i -> number(digests.get(i)));
        List<Integer> smallest = Ranking.first(total, byValue, false, upper);
        Comparator<Integer> byValueInSmallest = Ranking.byNumber(k -> number(digests.get(smallest.get(k))));
        for (int k : Ranking.first(smallest.size(), byValueInSmallest, true, upper - lower)) {
            kept.set(smallest.get(k));
        }
        return kept;
    }

    private static double number(Object digest) {
        return FieldPath.isAbsent(digest) ? StatsNumber.of(null, true) : ((Number) digest).doubleValue();
    }
}
