package io.djflink.ops.mapper;

import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.Mapper;
import io.djflink.ops.OpSpec;
import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;

/** Runs one op on one text, the way a recipe would configure it. */
final class MapperRunner {

    private MapperRunner() {
    }

    /** The text after {@code spec}'s op, built from {@code args}, processed a sample holding {@code text}. */
    static String map(OpSpec spec, Map<String, Object> args, String text) {
        Mapper mapper = (Mapper) spec.create(args, "text");
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        return (String) sample.get("text");
    }

    static String map(OpSpec spec, String text) {
        return map(spec, Map.of(), text);
    }

    /** The texts of the samples an expanding op makes from a sample holding {@code text}. */
    static List<String> expand(OpSpec spec, Map<String, Object> args, String text) {
        ExpandingMapper mapper = (ExpandingMapper) spec.create(args, "text");
        return mapper.process(Sample.of("text", text)).stream().map(s -> (String) s.get("text")).toList();
    }
}
