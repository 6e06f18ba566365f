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
 * DataJuicer's {@code topk_specified_field_selector}: keeps the {@code int(n)} samples with the
 * largest values of {@code field_key} (smallest with {@code reverse: false}), where {@code n} is
 * {@code topk}, or {@code top_ratio * N} lowered to {@code topk} when both are set. Equal values
 * keep the earlier sample.
 *
 * <p>A top-level field is ranked by its raw values, compared as Python compares them; a null or
 * missing value fails, as in DataJuicer (TypeError). A dotted field is ranked by
 * {@link StatsNumber} (strings parsed, lists averaged, null and missing values last).
 *
 * <p>DataJuicer emits the kept samples sorted by value; here they stay in input order.
 */
public final class TopkSpecifiedFieldSelector implements DatasetOp {

    public static final OpSpec SPEC = OpSpec.selector("topk_specified_field_selector",
                    TopkSpecifiedFieldSelector::new)
            .description("Keeps the samples with the largest (or smallest) values of a field.")
            .param("field_key", ParamType.STRING, "", "field to rank by; nested fields as meta.score")
            .optional("top_ratio", ParamType.UNIT_INTERVAL, null, "fraction of the samples to keep")
            .optional("topk", ParamType.POSITIVE_INTEGER, null,
                    "number of samples to keep (with top_ratio: the smaller of the two)")
            .param("reverse", ParamType.BOOLEAN, true, "keep the largest values (false: the smallest)")
            .build();

    private final FieldPath field;
    private final TopCount count;
    private final boolean reverse;

    public TopkSpecifiedFieldSelector(OpArgs args) {
        this.field = new FieldPath(args.string("field_key"));
        this.count = TopCount.from(args);
        this.reverse = args.bool("reverse");
    }

    /** The raw value of a top-level field; the {@link StatsNumber} of a dotted one ({@link FieldPath#ABSENT} if missing). */
    @Override
    public Object digest(Sample sample) {
        if (field.key().isEmpty()) {
            return null;
        }
        Object value = field.read(sample);
        if (field.isNested()) {
            return FieldPath.isAbsent(value) ? value : StatsNumber.of(value, reverse);
        }
        if (!PythonOrder.isOrderable(value)) {
            throw new IllegalArgumentException("field '" + field.key() + "' "
                    + (FieldPath.isAbsent(value) ? "is missing" : "holds " + FieldPath.describe(value))
                    + "; DataJuicer cannot rank such a value (TypeError)");
        }
        return value;
    }

    @Override
    public BitSet select(List<Object> digests) {
        int total = digests.size();
        BitSet kept = new BitSet(total);
        Double n = total <= 1 || field.key().isEmpty() ? null : count.of(total);
        if (n == null) {
            kept.set(0, total);
            return kept;
        }
        field.requireInSomeSample(digests);
        Comparator<Integer> byValue = field.isNested()
                ? Ranking.byNumber(i -> number(digests.get(i)))
                : (i, j) -> PythonOrder.INSTANCE.compare(digests.get(i), digests.get(j));
        Ranking.first(total, byValue, reverse, (long) n.doubleValue()).forEach(kept::set);
        return kept;
    }

    private double number(Object digest) {
        return FieldPath.isAbsent(digest) ? StatsNumber.of(null, reverse) : ((Number) digest).doubleValue();
    }
}
