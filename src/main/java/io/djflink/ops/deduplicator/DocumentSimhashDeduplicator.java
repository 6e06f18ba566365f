package io.djflink.ops.deduplicator;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DataJuicer's {@code document_simhash_deduplicator}: near duplicates by 64-bit simhash. Each
 * sample's shingles (see {@link Shingler}, duplicates counted) give a simhash (see
 * {@link SimHasher}); simhashes within {@code hamming_distance} bits of each other are joined,
 * transitively, into clusters, and each cluster keeps only its first sample in input order. A
 * simhash close to no other still counts as a cluster of its own, so exact repeats of it are
 * dropped too.
 *
 * <p>The {@linkplain #digest digest} is the simhash as a {@code long} (the unsigned value's bits).
 * As DataJuicer's {@code compute_hash} does, {@code digest} also records it in the sample as the
 * decimal string {@code __dj__simhash}, and reuses a value already there; the export drops that
 * field unless {@code keep_hashes_in_res_ds} is set.
 */
public final class DocumentSimhashDeduplicator implements DatasetOp {

    /** Where DataJuicer keeps the simhash ({@code HashKeys.simhash}), as an unsigned decimal string. */
    public static final String HASH_FIELD = "__dj__simhash";

    public static final OpSpec SPEC = OpSpec.deduplicator("document_simhash_deduplicator",
                    DocumentSimhashDeduplicator::new)
            .description("Removes near-duplicate texts (64-bit simhash within a Hamming distance), keeping the "
                    + "first sample of each cluster.")
            .choice("tokenization", "space", Shingler.Tokenization.configNames(),
                    "how texts are cut into tokens: space, punctuation or character")
            .param("window_size", ParamType.POSITIVE_INTEGER, 6L, "tokens per shingle")
            .param("lowercase", ParamType.BOOLEAN, true, "lower-case texts first")
            .optional("ignore_pattern", ParamType.STRING, null, "regular expression whose matches are removed first")
            .param("num_blocks", ParamType.POSITIVE_INTEGER, 6L,
                    "blocks the 64 bits are cut into for the search; must exceed hamming_distance")
            .param("hamming_distance", ParamType.POSITIVE_INTEGER, 4L,
                    "simhashes differing in at most this many bits are duplicates")
            .build();

    private final String textKey;
    private final Shingler shingler;
    private final SimHasher simHasher = new SimHasher();
    private final HammingNeighbours neighbours;

    public DocumentSimhashDeduplicator(OpArgs args) {
        this.textKey = args.textKey();
        this.shingler = new Shingler(Shingler.Tokenization.named(args.string("tokenization")),
                args.intValue("window_size"), args.bool("lowercase"), args.string("ignore_pattern"));
        int blocks = args.intValue("num_blocks");
        int distance = args.intValue("hamming_distance");
        if (distance >= blocks || blocks > Long.SIZE) {
            throw new IllegalArgumentException("hamming_distance (" + distance + ") must be less than num_blocks ("
                    + blocks + "), and num_blocks at most 64");
        }
        this.neighbours = new HammingNeighbours(blocks, distance);
    }

    /** @return the simhash, as a {@code Long} holding the unsigned 64 bits */
    @Override
    public Object digest(Sample sample) {
        if (sample.get(HASH_FIELD) instanceof String existing) {
            try {
                return Long.parseUnsignedLong(existing);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(HASH_FIELD + " holds \"" + existing
                        + "\", not an unsigned 64-bit decimal number", e);
            }
        }
        long simhash = simHasher.simhash(shingler.shingles(SampleText.require(sample, textKey)));
        sample.put(HASH_FIELD, Long.toUnsignedString(simhash));
        return simhash;
    }

    /** Keeps the first sample of each cluster of simhashes within the Hamming distance of one another. */
    @Override
    public BitSet select(List<Object> digests) {
        Map<Long, Integer> distinct = new LinkedHashMap<>();
        int[] valueOf = new int[digests.size()];
        for (int i = 0; i < digests.size(); i++) {
            if (!(digests.get(i) instanceof Number n)) {
                throw new IllegalArgumentException("digest " + i + " is not a simhash: " + digests.get(i));
            }
            valueOf[i] = distinct.computeIfAbsent(n.longValue(), v -> distinct.size());
        }
        long[] values = distinct.keySet().stream().mapToLong(Long::longValue).toArray();
        UnionFind clusters = new UnionFind(values.length);
        neighbours.forEachClosePair(values, clusters::union);
        BitSet seenClusters = new BitSet(values.length);
        BitSet kept = new BitSet(digests.size());
        for (int i = 0; i < digests.size(); i++) {
            int cluster = clusters.find(valueOf[i]);
            if (!seenClusters.get(cluster)) {
                seenClusters.set(cluster);
                kept.set(i);
            }
        }
        return kept;
    }
}
