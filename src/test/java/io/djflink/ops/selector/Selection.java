package io.djflink.ops.selector;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpSpec;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a dataset op the way an engine does: digest every sample in order, then select. */
final class Selection {

    /** A value that leaves the field out of its sample. */
    static final Object MISSING = new Object();

    private Selection() {
    }

    static List<Integer> kept(OpSpec spec, Map<String, Object> args, List<Sample> samples) {
        DatasetOp op = (DatasetOp) spec.create(args, "text");
        List<Object> digests = new ArrayList<>();
        for (Sample s : samples) {
            digests.add(op.digest(s));
        }
        return op.select(digests).stream().boxed().toList();
    }

    /** Samples {@code {"text": "t<i>", field: value_i}}. */
    static List<Sample> withField(String field, Object... values) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Sample s = Sample.of("text", "t" + i);
            if (values[i] != MISSING) {
                s.put(field, values[i]);
            }
            samples.add(s);
        }
        return samples;
    }

    /** Samples {@code {"text": "t<i>", "meta": {field: value_i}}}. */
    static List<Sample> withMeta(String field, Object... values) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
            if (values[i] != MISSING) {
                meta.put(field, values[i]);
            }
            samples.add(Sample.of("text", "t" + i, "meta", meta));
        }
        return samples;
    }
}
