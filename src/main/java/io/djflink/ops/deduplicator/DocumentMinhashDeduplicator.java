package io.djflink.ops.deduplicator;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DataJuicer's {@code document_minhash_deduplicator}: near duplicates by MinHash LSH. Each sample's
 * set of shingles (see {@link Shingler}) gets a MinHash signature (see {@link MinHasher}) of
 * {@code num_permutations} values, cut into {@code num_bands} bands of {@code num_rows_per_band}
 * values (by default the optimum of {@link LshBands#optimal}). Samples that agree on all values of
 * some band are joined, transitively, into clusters, and each cluster keeps only its first sample.
 *
 * <p>The {@linkplain #digest digest} of a sample is the list of its band keys. DataJuicer's key is
 * the band's values as big-endian {@code uint64} bytes; to keep digests small, each key here is a
 * 64-bit hash of those bytes (the first 8 bytes of their MD5, big-endian). Two different bands
 * collide with probability 2^-64, which would join two clusters DataJuicer keeps apart.
 *
 * <p>A text with fewer than {@code window_size} tokens has no shingles. DataJuicer then fails on
 * that sample ({@code min} of an empty array) and, under its default {@code skip_op_error: true},
 * silently drops it. Here such a sample always gets the digest {@link #NO_SHINGLES} and is dropped.
 */
public final class DocumentMinhashDeduplicator implements DatasetOp {

    /** The digest of a sample without shingles; {@link #select} drops such samples. */
    public static final String NO_SHINGLES = "no_shingles";

    public static final OpSpec SPEC = OpSpec.deduplicator("document_minhash_deduplicator",
                    DocumentMinhashDeduplicator::new)
            .description("Removes near-duplicate texts (MinHash LSH over shingles), keeping the first sample of "
                    + "each cluster.")
            .param("tokenization", ParamType.STRING, "space",
                    "how texts are cut into tokens: space, punctuation or character")
            .param("window_size", ParamType.POSITIVE_INTEGER, 5L, "tokens per shingle")
            .param("lowercase", ParamType.BOOLEAN, true, "lower-case texts first")
            .optional("ignore_pattern", ParamType.STRING, null, "regular expression whose matches are removed first")
            .param("num_permutations", ParamType.POSITIVE_INTEGER, 256L, "MinHash signature length")
            .param("jaccard_threshold", ParamType.UNIT_INTERVAL, 0.7,
                    "Jaccard similarity from which texts count as duplicates (chooses bands and rows)")
            .optional("num_bands", ParamType.POSITIVE_INTEGER, null,
                    "LSH bands; with num_rows_per_band, overrides the optimum for jaccard_threshold")
            .optional("num_rows_per_band", ParamType.POSITIVE_INTEGER, null, "signature values per LSH band")
            .optional("tokenizer_model", ParamType.STRING, null,
                    "SentencePiece model of tokenization 'sentencepiece' (not supported)")
            .build();

    private final String textKey;
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final LshBands lsh;
    private final MessageDigest md5;

    public DocumentMinhashDeduplicator(OpArgs args) {
        this.textKey = args.textKey();
        String tokenization = args.string("tokenization");
        if (tokenization.equals("sentencepiece")) {
            throw new IllegalArgumentException("tokenization 'sentencepiece' needs a SentencePiece model, which "
                    + "dj-flink does not run; use one of " + String.join(", ", Shingler.Tokenization.configNames()));
        }
        this.shingler = new Shingler(Shingler.Tokenization.named(tokenization), args.intValue("window_size"),
                args.bool("lowercase"), args.string("ignore_pattern"));
        int permutations = args.intValue("num_permutations");
        this.lsh = bands(args, permutations);
        this.minHasher = new MinHasher(permutations);
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    private static LshBands bands(OpArgs args, int permutations) {
        if (args.isNull("num_bands") || args.isNull("num_rows_per_band")) {
            return LshBands.optimal(args.doubleValue("jaccard_threshold"), permutations);
        }
        LshBands given = new LshBands(args.intValue("num_bands"), args.intValue("num_rows_per_band"));
        if ((long) given.bands() * given.rows() > permutations) {
            throw new IllegalArgumentException("num_bands * num_rows_per_band = " + given.bands() + " * "
                    + given.rows() + " exceeds num_permutations = " + permutations);
        }
        return given;
    }

    /** @return the band keys ({@code num_bands} longs), or {@link #NO_SHINGLES} */
    @Override
    public Object digest(Sample sample) {
        Set<String> shingles = new LinkedHashSet<>(shingler.shingles(SampleText.require(sample, textKey)));
        if (shingles.isEmpty()) {
            return NO_SHINGLES;
        }
        long[] signature = minHasher.signature(shingles);
        List<Long> keys = new ArrayList<>(lsh.bands());
        ByteBuffer band = ByteBuffer.allocate(lsh.rows() * Long.BYTES);
        for (int b = 0; b < lsh.bands(); b++) {
            band.clear();
            for (int r = 0; r < lsh.rows(); r++) {
                band.putLong(signature[b * lsh.rows() + r]);
            }
            keys.add(ByteBuffer.wrap(md5.digest(band.array())).getLong());
        }
        return keys;
    }

    /** Keeps the first sample of each cluster of samples sharing a band key; drops {@link #NO_SHINGLES}. */
    @Override
    public BitSet select(List<Object> digests) {
        UnionFind clusters = new UnionFind(digests.size());
        Map<Long, Integer> firstWithKey = new HashMap<>();
        for (int b = 0; b < lsh.bands(); b++) {
            firstWithKey.clear();
            for (int i = 0; i < digests.size(); i++) {
                List<?> keys = bandKeys(digests, i);
                if (keys != null) {
                    Integer first = firstWithKey.putIfAbsent(((Number) keys.get(b)).longValue(), i);
                    if (first != null) {
                        clusters.union(first, i);
                    }
                }
            }
        }
        BitSet kept = new BitSet(digests.size());
        for (int i = 0; i < digests.size(); i++) {
            if (bandKeys(digests, i) != null && clusters.isRoot(i)) {
                kept.set(i);
            }
        }
        return kept;
    }

    /** The band keys of digest {@code i}, or null for {@link #NO_SHINGLES}. */
    private List<?> bandKeys(List<Object> digests, int i) {
        Object digest = digests.get(i);
        if (NO_SHINGLES.equals(digest)) {
            return null;
        }
        if (digest instanceof List<?> keys && keys.size() == lsh.bands()) {
            return keys;
        }
        throw new IllegalArgumentException("digest " + i + " is not a list of " + lsh.bands() + " band keys: "
                + digest);
    }
}
