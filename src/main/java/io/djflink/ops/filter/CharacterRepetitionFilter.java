package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.CodePointNGramCounter;

/**
 * DataJuicer's {@code character_repetition_filter}: stat {@code char_rep_ratio}. Over the
 * {@code rep_len}-code-point n-grams of the text, with D distinct n-grams, it is the share of all
 * n-gram occurrences taken by the {@code min(int(sqrt(D)), D - #n-grams seen once)} most frequent
 * n-grams; 0.0 when the text is shorter than {@code rep_len}.
 */
public final class CharacterRepetitionFilter extends TextStatFilter {

    public static final String STAT = "char_rep_ratio";

    public static final OpSpec SPEC = OpSpec.filter("character_repetition_filter", CharacterRepetitionFilter::new)
            .description("Keeps samples whose character n-gram repetition ratio is within [min_ratio, max_ratio].")
            .param("rep_len", ParamType.POSITIVE_INTEGER, 10L, "n-gram length in code points")
            .optional("min_ratio", ParamType.NUMBER, 0.0, "minimum repetition ratio")
            .optional("max_ratio", ParamType.NUMBER, 0.5, "maximum repetition ratio")
            .build();

    private final long repLen;
    private final CodePointNGramCounter counter = new CodePointNGramCounter();

    public CharacterRepetitionFilter(OpArgs args) {
        super(args, STAT, "min_ratio", "max_ratio");
        this.repLen = args.longValue("rep_len");
    }

    @Override
    Object statOf(String text) {
        int[] frequencies = counter.countDistinct(text, repLen);
        if (frequencies.length == 0) {
            return 0.0;
        }
        long total = 0;
        int repeated = 0;
        int highest = 0;
        for (int f : frequencies) {
            total += f;
            if (f > 1) {
                repeated++;
                highest = Math.max(highest, f);
            }
        }
        int top = Math.min((int) Math.sqrt(frequencies.length), repeated);
        return (double) sumOfLargestRepeated(frequencies, top, highest) / total;
    }

    /**
     * The sum of the {@code count} largest frequencies above 1, which are at most {@code highest}.
     * Counting how often each frequency occurs finds them without sorting, which for a long text
     * would cost a good part of counting its n-grams.
     */
    private static long sumOfLargestRepeated(int[] frequencies, int count, int highest) {
        int[] occurrences = new int[highest + 1];
        for (int f : frequencies) {
            if (f > 1) {
                occurrences[f]++;
            }
        }
        long sum = 0;
        int left = count;
        for (int f = highest; f > 1 && left > 0; f--) {
            int taken = Math.min(left, occurrences[f]);
            sum += (long) taken * f;
            left -= taken;
        }
        return sum;
    }
}
