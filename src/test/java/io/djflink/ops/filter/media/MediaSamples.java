package io.djflink.ops.filter.media;

import io.djflink.ops.Filter;
import io.djflink.ops.OpSpec;
import io.djflink.ops.Sample;
import io.djflink.ops.media.DemoMedia;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Samples listing DataJuicer's demo media, and running a filter over them as the engines do. */
final class MediaSamples {

    private MediaSamples() {
    }

    static Filter filter(OpSpec spec, Map<String, Object> args) {
        return (Filter) spec.create(args, "text");
    }

    /** A sample whose {@code key} lists the named demo files (absolute, as the loader leaves them). */
    static Sample listing(String key, String... demoFiles) {
        List<Object> paths = new ArrayList<>(Arrays.stream(demoFiles).map(f -> DemoMedia.file(f).toString()).toList());
        return Sample.of("text", "a sample", key, paths);
    }

    static boolean keeps(Filter filter, Sample sample) {
        filter.computeStats(sample);
        return filter.process(sample);
    }

    /** Which of the samples, each listing one or more demo files (comma-separated), the filter keeps. */
    static List<String> kept(Filter filter, String key, String... samples) {
        List<String> kept = new ArrayList<>();
        for (String files : samples) {
            if (keeps(filter, listing(key, files.split(",")))) {
                kept.add(files);
            }
        }
        return kept;
    }
}
