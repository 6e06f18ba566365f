package io.djflink.testing;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpSpec;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A test whole-dataset op: keeps the samples whose text is at least as long as the median text of
 * the whole dataset, so no partition can decide alone.
 */
public final class MedianLengthSelector implements DatasetOp {

    public static final OpSpec SPEC = OpSpec.selector("median_length_selector", args -> new MedianLengthSelector())
            .build();

    @Override
    public Object digest(Sample sample) {
        return (long) sample.getString("text").length();
    }

    @Override
    public BitSet select(List<Object> digests) {
        List<Long> lengths = new ArrayList<>();
        for (Object d : digests) {
            lengths.add((Long) d);
        }
        List<Long> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        BitSet keep = new BitSet();
        for (int i = 0; i < lengths.size(); i++) {
            if (lengths.get(i) >= median) {
                keep.set(i);
            }
        }
        return keep;
    }
}
