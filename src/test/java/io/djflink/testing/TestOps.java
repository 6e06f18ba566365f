package io.djflink.testing;

import io.djflink.ops.OpProvider;
import io.djflink.ops.OpSpec;
import java.util.List;

/** Ops that only tests use, registered through {@code META-INF/services}. */
public final class TestOps implements OpProvider {

    @Override
    public List<OpSpec> ops() {
        return List.of(FailOnceMapper.SPEC, SlowMapper.SPEC, MedianLengthSelector.SPEC);
    }
}
