package io.djflink.ops.mapper;

import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;
import io.djflink.python.PyStr;
import io.djflink.python.PythonRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * DataJuicer's {@code text_chunk_mapper} without a tokenizer: one sample becomes one sample per
 * chunk of its text, every other field copied. Lengths are in code points.
 * <ul>
 *   <li>{@code split_pattern} only: {@code re.split('(' + split_pattern + ')', text)}, keeping the
 *       pieces that are not blank (so a blank text gives no sample at all);</li>
 *   <li>{@code max_len} only: a text longer than {@code max_len} is cut into windows of
 *       {@code max_len} starting every {@code max_len - overlap_len} characters;</li>
 *   <li>both: while the rest is longer than {@code max_len}, its first {@code max_len} characters
 *       are cut before the last match of {@code split_pattern} in them, and the rest continues after
 *       that match; without a match they are cut whole and the rest starts {@code overlap_len}
 *       characters earlier. Chunks may be empty.</li>
 * </ul>
 * DataJuicer's recursive implementation fails a sample that needs more chunks than Python's
 * recursion limit allows (about a thousand); here such texts are chunked.
 */
public final class TextChunkMapper implements ExpandingMapper {

    private static final String MAX_LEN = "max_len";
    private static final String SPLIT_PATTERN = "split_pattern";
    private static final String OVERLAP_LEN = "overlap_len";
    private static final String TOKENIZER = "tokenizer";

    public static final OpSpec SPEC = OpSpec.mapper("text_chunk_mapper", TextChunkMapper::new)
            .description("Splits each text into chunks, one sample per chunk.")
            .optional(MAX_LEN, ParamType.POSITIVE_INTEGER, null, "longest chunk, in characters")
            .optional(SPLIT_PATTERN, ParamType.STRING, "\\n\\n", "Python regular expression to split at")
            .param(OVERLAP_LEN, ParamType.NON_NEGATIVE_INTEGER, 0L,
                    "characters repeated from the previous chunk when a chunk is cut at max_len")
            .optional(TOKENIZER, ParamType.STRING, null, "count tokens of this tokenizer (not supported: needs a model)")
            .param("trust_remote_code", ParamType.BOOLEAN, false, "accepted for DataJuicer compatibility")
            .build();

    private final String textKey;
    private final Integer maxLen;
    private final int overlapLen;
    /** The split pattern as written, for {@code max_len} with a pattern; {@code null} without one. */
    private final PythonRegex splitPattern;
    /** The split pattern inside a group, as {@code re.split} gets it without {@code max_len}. */
    private final PythonRegex capturingSplitPattern;

    public TextChunkMapper(OpArgs args) {
        this.textKey = args.textKey();
        if (!args.isNull(TOKENIZER)) {
            throw new OpArgumentException(args.opName(), TOKENIZER, "op '" + args.opName() + "': parameter '"
                    + TOKENIZER + "': counting tokens needs the tokenizer model '" + args.string(TOKENIZER)
                    + "', and no tokenizer model ships with dj-flink; leave " + TOKENIZER + " unset to count characters");
        }
        Long max = args.optionalLong(MAX_LEN);
        String pattern = args.string(SPLIT_PATTERN);
        if (max == null && pattern == null) {
            throw new OpArgumentException(args.opName(), MAX_LEN, "op '" + args.opName() + "': " + MAX_LEN + " and "
                    + SPLIT_PATTERN + " cannot both be null");
        }
        long overlap = args.longValue(OVERLAP_LEN);
        if (max != null && overlap >= max) {
            throw new OpArgumentException(args.opName(), OVERLAP_LEN, "op '" + args.opName() + "': parameter '"
                    + OVERLAP_LEN + "' (" + overlap + ") must be less than " + MAX_LEN + " (" + max + ")");
        }
        this.maxLen = max == null ? null : (int) Math.min(max, Integer.MAX_VALUE);
        this.overlapLen = (int) overlap;
        this.splitPattern = pattern == null || max == null ? null : compile(args, pattern);
        this.capturingSplitPattern = pattern != null && max == null ? compile(args, "(" + pattern + ")") : null;
    }

    private static PythonRegex compile(OpArgs args, String pattern) {
        try {
            return PythonRegex.compile(pattern, 0);
        } catch (IllegalArgumentException e) {
            throw new OpArgumentException(args.opName(), SPLIT_PATTERN, "op '" + args.opName() + "': parameter '"
                    + SPLIT_PATTERN + "': " + e.getMessage());
        }
    }

    @Override
    public List<Sample> process(Sample sample) {
        List<String> chunks = chunks(SampleText.require(sample, textKey));
        List<Sample> out = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Sample chunk = i == chunks.size() - 1 ? sample : sample.deepCopy();
            chunk.put(textKey, chunks.get(i));
            out.add(chunk);
        }
        return out;
    }

    List<String> chunks(String text) {
        if (maxLen == null) {
            return nonBlankPieces(text);
        }
        return splitPattern == null ? windows(text) : cutAtLastSplit(text);
    }

    private List<String> nonBlankPieces(String text) {
        List<String> chunks = new ArrayList<>();
        for (String piece : capturingSplitPattern.split(text)) {
            if (piece == null) {
                throw new IllegalArgumentException("split_pattern " + capturingSplitPattern.source() + " has a group"
                        + " that took no part in a match, which DataJuicer cannot handle either");
            }
            if (!PyStr.strip(piece).isEmpty()) {
                chunks.add(piece);
            }
        }
        return chunks;
    }

    private List<String> windows(String text) {
        int length = PyStr.len(text);
        if (length <= maxLen) {
            return List.of(text);
        }
        int step = maxLen - overlapLen;
        List<String> chunks = new ArrayList<>(length / step + 1);
        int startChar = 0;
        for (int start = 0; start < length; start += step) {
            int endChar = text.offsetByCodePoints(startChar, Math.min(maxLen, length - start));
            chunks.add(text.substring(startChar, endChar));
            if (start + step < length) {
                startChar = text.offsetByCodePoints(startChar, step);
            }
        }
        return chunks;
    }

    private List<String> cutAtLastSplit(String text) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        int restLength = PyStr.len(rest);
        while (restLength > maxLen) {
            String head = rest.substring(0, rest.offsetByCodePoints(0, maxLen));
            List<MatchResult> splits = splitPattern.findAll(head);
            String next;
            if (splits.isEmpty()) {
                chunks.add(head);
                next = rest.substring(rest.offsetByCodePoints(0, maxLen - overlapLen));
            } else {
                MatchResult last = splits.get(splits.size() - 1);
                chunks.add(head.substring(0, last.start()));
                next = rest.substring(last.end());
            }
            int nextLength = PyStr.len(next);
            if (nextLength >= restLength) {
                throw new IllegalArgumentException("split_pattern " + splitPattern.source() + " only matches empty"
                        + " text at the start, so chunking never ends (DataJuicer fails with a RecursionError)");
            }
            rest = next;
            restLength = nextLength;
        }
        chunks.add(rest);
        return chunks;
    }
}
