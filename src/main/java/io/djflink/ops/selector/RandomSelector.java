package io.djflink.ops.selector;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.python.NumpyGenerator;
import java.util.BitSet;
import java.util.List;

/**
 * DataJuicer's {@code random_selector}: keeps {@code select_num} samples, or
 * {@code int(select_ratio * N)}, the smaller when both are set, chosen as DataJuicer chooses them:
 * the first ones of {@code np.random.default_rng(42).permutation(N)} (HuggingFace's
 * {@code shuffle(seed=42)}), so the same samples survive.
 *
 * <p>Differences from DataJuicer's output: DataJuicer emits the chosen samples in shuffled order,
 * here they stay in input order; and asking for more samples than there are, DataJuicer repeats
 * samples to make up the number, here every sample is kept once. As in DataJuicer, a ratio that
 * rounds down to no sample keeps every sample.
 */
public final class RandomSelector implements DatasetOp {

    /** The seed DataJuicer's {@code MixtureFormatter.random_sample} shuffles with. */
    private static final long SEED = 42;

    public static final OpSpec SPEC = OpSpec.selector("random_selector", RandomSelector::new)
            .description("Keeps a random subset of the samples, the same one DataJuicer keeps (seed 42).")
            .optional("select_ratio", ParamType.UNIT_INTERVAL, null, "fraction of the samples to keep")
            .optional("select_num", ParamType.POSITIVE_INTEGER, null,
                    "number of samples to keep (with select_ratio: the smaller of the two)")
            .build();

    private final Double selectRatio;
    private final Long selectNum;

    public RandomSelector(OpArgs args) {
        this.selectRatio = args.optionalDouble("select_ratio");
        this.selectNum = args.optionalLong("select_num");
        if (selectRatio != null && selectRatio == 0 && selectNum == null) {
            throw new IllegalArgumentException("select_ratio 0 without select_num selects nothing to sample from "
                    + "(DataJuicer fails with a TypeError); set select_num or a positive select_ratio");
        }
    }

    /** Nothing: the choice depends only on how many samples there are. */
    @Override
    public Object digest(Sample sample) {
        return null;
    }

    @Override
    public BitSet select(List<Object> digests) {
        int total = digests.size();
        BitSet kept = new BitSet(total);
        long n = sampleCount(total);
        if (n <= 0 || n >= total) {
            kept.set(0, total);
            return kept;
        }
        int[] shuffled = new NumpyGenerator(SEED).permutation(total);
        for (int i = 0; i < n; i++) {
            kept.set(shuffled[i]);
        }
        return kept;
    }

    /** How many samples DataJuicer asks for; zero or less, or {@code total} and more, mean all. */
    private long sampleCount(int total) {
        if (total <= 1 || (selectRatio == null && selectNum == null)) {
            return total;
        }
        if (selectRatio == null || selectRatio == 0) {
            return selectNum;
        }
        long n = (long) (selectRatio * total);
        return selectNum != null && selectNum < n ? selectNum : n;
    }
}
