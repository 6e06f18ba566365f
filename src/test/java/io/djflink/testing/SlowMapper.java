package io.djflink.testing;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.util.concurrent.locks.LockSupport;

/** A test op that changes nothing but takes {@code micros} per sample, so that a job runs long enough to be interrupted. */
public final class SlowMapper implements Mapper {

    public static final OpSpec SPEC = OpSpec.mapper("slow_mapper", args -> new SlowMapper(args.longValue("micros")))
            .param("micros", ParamType.NON_NEGATIVE_INTEGER, 1000L, "time spent per sample")
            .build();

    private final long nanos;

    private SlowMapper(long micros) {
        this.nanos = micros * 1000;
    }

    @Override
    public void process(Sample sample) {
        if (nanos > 0) {
            LockSupport.parkNanos(nanos);
        }
    }
}
