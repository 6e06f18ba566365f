package io.djflink.testing;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test op that throws once, on the {@code fail_at}-th record it sees in this JVM; a marker file
 * records the failure so that the op never fails again, even in a restarted task or a later run.
 */
public final class FailOnceMapper implements Mapper {

    public static final OpSpec SPEC = OpSpec.mapper("fail_once_mapper", FailOnceMapper::new)
            .param("marker_file", ParamType.STRING, "", "created when the op has failed")
            .param("fail_at", ParamType.POSITIVE_INTEGER, 1L, "fail on this record (counted in this JVM)")
            .build();

    private static final Map<String, AtomicLong> SEEN = new ConcurrentHashMap<>();

    private final Path marker;
    private final long failAt;

    private FailOnceMapper(OpArgs args) {
        this.marker = Path.of(args.string("marker_file"));
        this.failAt = args.longValue("fail_at");
    }

    @Override
    public void process(Sample sample) {
        if (Files.exists(marker)) {
            return;
        }
        long n = SEEN.computeIfAbsent(marker.toString(), k -> new AtomicLong()).incrementAndGet();
        if (n == failAt) {
            try {
                Files.createFile(marker);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("injected failure on record " + n);
        }
    }
}
