package io.djflink.plan;

import io.djflink.ops.OpKind;
import java.io.Serializable;
import java.util.Map;

/**
 * One op of the plan.
 *
 * @param index global 0-based position in the recipe ({@code operation_idx} in events)
 * @param args the validated arguments, defaults filled in (what the op is built from)
 * @param fingerprint identifies this op and every op before it (names, arguments, order): a stage
 *     checkpoint after this op may be reused only by a plan with the same fingerprint here
 * @param scope what a decision of the op about one sample depends on
 */
public record PlannedOp(int index, String name, OpKind kind, Map<String, Object> args, String fingerprint,
        Scope scope) implements Serializable {

    /** What the op's decision about one sample depends on. */
    public enum Scope {
        /** The sample alone (mappers, filters). */
        SAMPLE,
        /** The samples before it in input order (exact deduplicators: keep the first of each hash). */
        EARLIER_SAMPLES,
        /** Every sample of the dataset (near-duplicate deduplicators, selectors). */
        WHOLE_DATASET
    }

    /** Whether the op decides across partitions. */
    public boolean global() {
        return scope != Scope.SAMPLE;
    }

    /** The Flink operator name, e.g. {@code 03_text_length_filter}: numbered so the web UI shows the order. */
    public String operatorName() {
        return String.format("%02d_%s", index, name);
    }
}
