package io.djflink.ops.selector;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DataJuicer's {@code frequency_specified_field_selector}: groups the samples by the value of
 * {@code field_key}, ranks the groups by size (largest first, smallest with {@code reverse: false};
 * equal sizes in order of first appearance) and keeps every sample of the first {@code int(n)}
 * groups, where {@code n} is {@code topk}, or {@code top_ratio} times the number of distinct values
 * lowered to {@code topk} when both are set.
 *
 * <p>Values must be strings, numbers, booleans or null, as in DataJuicer; they are equal as in
 * Python ({@code 1 == 1.0 == True}). A missing value counts as null.
 *
 * <p>DataJuicer emits the kept samples group by group; here they stay in input order.
 */
public final class FrequencySpecifiedFieldSelector implements DatasetOp {

    public static final OpSpec SPEC = OpSpec.selector("frequency_specified_field_selector",
                    FrequencySpecifiedFieldSelector::new)
            .description("Keeps the samples whose field value is among the most (or least) frequent values.")
            .param("field_key", ParamType.STRING, "", "field to group by; nested fields as meta.source")
            .optional("top_ratio", ParamType.UNIT_INTERVAL, null, "fraction of the distinct values to keep")
            .optional("topk", ParamType.POSITIVE_INTEGER, null,
                    "number of distinct values to keep (with top_ratio: the smaller of the two)")
            .param("reverse", ParamType.BOOLEAN, true, "keep the most frequent values (false: the least)")
            .build();

    private final FieldPath field;
    private final TopCount count;
    private final boolean reverse;

    public FrequencySpecifiedFieldSelector(OpArgs args) {
        this.field = new FieldPath(args.string("field_key"));
        this.count = TopCount.from(args);
        this.reverse = args.bool("reverse");
    }

    /** The field's value, or {@link FieldPath#ABSENT}. */
    @Override
    public Object digest(Sample sample) {
        if (field.key().isEmpty()) {
            return null;
        }
        Object value = field.read(sample);
        if (value instanceof List<?> || (value instanceof Map<?, ?> && !FieldPath.isAbsent(value))) {
            throw new IllegalArgumentException("field '" + field.key() + "' holds " + FieldPath.describe(value)
                    + "; only strings, numbers and null can be counted");
        }
        return value;
    }

    @Override
    public BitSet select(List<Object> digests) {
        int total = digests.size();
        BitSet kept = new BitSet(total);
        if (total <= 1 || field.key().isEmpty()) {
            kept.set(0, total);
            return kept;
        }
        field.requireInSomeSample(digests);
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            groups.computeIfAbsent(groupKey(digests.get(i)), k -> new ArrayList<>()).add(i);
        }
        Double n = count.of(groups.size());
        if (n == null) {
            kept.set(0, total);
            return kept;
        }
        List<List<Integer>> bySize = new ArrayList<>(groups.values());
        Comparator<List<Integer>> size = Comparator.comparingInt(List::size);
        bySize.sort(reverse ? size.reversed() : size);
        bySize.subList(0, (int) Math.min(n.longValue(), bySize.size())).forEach(g -> g.forEach(kept::set));
        return kept;
    }

    /**
     * A key equal for exactly the values Python's dict takes as the same key: numbers by value
     * (booleans as 0 and 1), a missing value as null, and every NaN on its own.
     */
    private static Object groupKey(Object value) {
        if (FieldPath.isAbsent(value)) {
            return null;
        }
        if (value == null || value instanceof String) {
            return value;
        }
        Object number = value instanceof Boolean b ? (Long) (b ? 1L : 0L) : value;
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.isNaN() ? new Object() : d;
        }
        BigDecimal exact = number instanceof BigDecimal d ? d
                : number instanceof BigInteger big ? new BigDecimal(big)
                : number instanceof Double || number instanceof Float ? new BigDecimal(((Number) number).doubleValue())
                : BigDecimal.valueOf(((Number) number).longValue());
        return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }
}
