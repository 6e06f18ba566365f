package io.djflink.ops.filter;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DataJuicer's {@code suffix_filter}: keeps samples whose source-file extension
 * ({@value Sample#SUFFIX}, e.g. {@code ".txt"}) is one of {@code suffixes}, compared verbatim
 * ({@code "txt"} never matches); everything when {@code suffixes} is empty; the complement with
 * {@code reversed_range}. It records no statistic.
 *
 * <p>The op derives nothing itself: the engine's loader must put {@code "." + extension} of each
 * record's source file into {@value Sample#SUFFIX} when the recipe contains this op, as
 * DataJuicer's loader does. A record without the field fails, as in DataJuicer.
 */
public final class SuffixFilter implements Filter {

    public static final OpSpec SPEC = OpSpec.filter("suffix_filter", SuffixFilter::new)
            .description("Keeps samples read from files with one of the given extensions.")
            .optional("suffixes", ParamType.STRING_OR_LIST, List.of(),
                    "extensions to keep, with their dot ('.txt'); empty keeps everything")
            .build();

    private final Set<String> suffixes;
    private final boolean reversed;

    public SuffixFilter(OpArgs args) {
        this.suffixes = new HashSet<>(args.stringList("suffixes"));
        this.reversed = args.bool("reversed_range");
    }

    @Override
    public void computeStats(Sample sample) {
    }

    @Override
    public boolean process(Sample sample) {
        if (suffixes.isEmpty()) {
            return true;
        }
        if (!sample.has(Sample.SUFFIX)) {
            throw new IllegalArgumentException("field '" + Sample.SUFFIX + "' is missing: the loader must set it to "
                    + "the extension of the record's source file when the recipe uses suffix_filter");
        }
        return reversed != suffixes.contains(sample.get(Sample.SUFFIX));
    }
}
