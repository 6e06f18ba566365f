package io.djflink.storage.outputs;

import io.djflink.ops.Sample;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Turns a sample into what the export holds, as DataJuicer's exporter does: statistics
 * ({@code __dj__stats__}, {@code __dj__meta__}) and hashes dropped unless the recipe keeps them.
 * Every executor shapes its results with this, so their exports agree.
 */
public final class ResultShaper implements Serializable {

    /** DataJuicer's {@code HashKeys}, dropped at export unless {@code keep_hashes_in_res_ds}. */
    static final Set<String> HASH_FIELDS = Set.of("__dj__hash", "__dj__minhash", "__dj__simhash",
            "__dj__imagehash", "__dj__videohash", "__dj__is_unique");
    private static final long serialVersionUID = 1L;

    private final boolean keepStats;
    private final boolean keepHashes;

    public ResultShaper(boolean keepStats, boolean keepHashes) {
        this.keepStats = keepStats;
        this.keepHashes = keepHashes;
    }

    /** A shaped copy; the sample itself is left as it is. */
    public Sample shape(Sample s) {
        LinkedHashMap<String, Object> f = new LinkedHashMap<>(s.fields());
        if (!keepStats) {
            f.remove(Sample.STATS);
            f.remove(Sample.META);
        }
        if (!keepHashes) {
            f.keySet().removeAll(HASH_FIELDS);
        }
        return new Sample(f);
    }
}
