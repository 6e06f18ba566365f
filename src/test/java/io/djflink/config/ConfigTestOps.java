package io.djflink.config;

import io.djflink.ops.Filter;
import io.djflink.ops.Mapper;
import io.djflink.ops.OpProvider;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.util.List;

/**
 * Ops for the recipe tests, registered through {@code META-INF/services}: the real ops live in
 * another part of the code base. Their names cannot clash with DataJuicer's.
 */
public final class ConfigTestOps implements OpProvider {

    static final OpSpec LENGTH_FILTER = OpSpec.filter("test_length_filter", args -> new KeepEverything())
            .optional("min_len", ParamType.INTEGER, 10L, "shortest text kept")
            .optional("max_len", ParamType.INTEGER, Long.MAX_VALUE, "longest text kept")
            .build();

    static final OpSpec WHITESPACE_MAPPER =
            OpSpec.mapper("test_whitespace_mapper", args -> (Mapper) sample -> { }).build();

    @Override
    public List<OpSpec> ops() {
        return List.of(LENGTH_FILTER, WHITESPACE_MAPPER);
    }

    private static final class KeepEverything implements Filter {

        @Override
        public void computeStats(Sample sample) {
        }

        @Override
        public boolean process(Sample sample) {
            return true;
        }
    }
}
