package io.djflink.ops.filter.media;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgs;
import io.djflink.ops.Sample;
import io.djflink.ops.media.KeepStrategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape shared by DataJuicer's per-file media filters: one list per statistic in
 * {@code __dj__stats__} with a value per file of the sample (computed unless already there), a
 * test per file, and {@code any_or_all} to combine the tests. A sample without media gets empty
 * lists and is kept.
 */
abstract class MediaFilter implements Filter {

    private final String mediaKey;
    private final List<String> statKeys;
    private final KeepStrategy strategy;

    /**
     * @param mediaKeyParam the parameter naming the field that lists the files ({@code image_key}, ...)
     * @param statKeys the statistics, in the order {@link #measure} returns their values
     */
    MediaFilter(OpArgs args, String mediaKeyParam, List<String> statKeys) {
        this.mediaKey = args.string(mediaKeyParam);
        this.statKeys = List.copyOf(statKeys);
        this.strategy = KeepStrategy.named(args.string("any_or_all"));
    }

    /** The statistics of one file, one per stat key: a {@code Long} for sizes and counts, a {@code Double} for ratios. */
    abstract List<Object> measure(Path file);

    /** Whether one file passes, given its statistics in stat key order. */
    abstract boolean keeps(List<Number> stats);

    @Override
    public final void computeStats(Sample sample) {
        Map<String, Object> stats = sample.stats();
        if (stats.keySet().containsAll(statKeys)) {
            return;
        }
        List<List<Object>> columns = new ArrayList<>();
        statKeys.forEach(k -> columns.add(new ArrayList<>()));
        for (Path file : MediaPaths.of(sample, mediaKey)) {
            List<Object> values = measure(file);
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).add(values.get(i));
            }
        }
        for (int i = 0; i < statKeys.size(); i++) {
            stats.put(statKeys.get(i), columns.get(i));
        }
    }

    @Override
    public final boolean process(Sample sample) {
        List<List<?>> columns = new ArrayList<>();
        for (String key : statKeys) {
            columns.add(column(sample, key));
        }
        int files = columns.get(0).size();
        if (files == 0) {
            return true;
        }
        boolean[] kept = new boolean[files];
        for (int f = 0; f < files; f++) {
            List<Number> values = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values.add(number(columns.get(c), f, statKeys.get(c)));
            }
            kept[f] = keeps(values);
        }
        return strategy.keeps(kept);
    }

    private static List<?> column(Sample sample, String key) {
        Object value = sample.stats().get(key);
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("statistic '" + Sample.STATS + "." + key + "' is "
                + (value == null ? "missing" : "'" + value + "'") + ", not a list of numbers");
    }

    private static Number number(List<?> column, int index, String key) {
        Object value = index < column.size() ? column.get(index) : null;
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("statistic '" + Sample.STATS + "." + key + "' has no number for file "
                + index + ": " + column);
    }
}
