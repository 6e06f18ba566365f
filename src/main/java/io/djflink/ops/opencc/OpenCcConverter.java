package io.djflink.ops.opencc;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC's {@code Converter} for one configuration: the text is cut into segments by maximum
 * forward matching against the segmentation dictionaries (each phrase found is a segment, and the
 * characters between phrases form one segment), then every conversion of the chain rewrites each
 * segment on its own, so a phrase never spans two segments.
 *
 * <p>As with DataJuicer's {@code opencc} Python package, the text ends at its first U+0000: OpenCC
 * reads it as a C string.
 *
 * <p>Not thread-safe (it keeps a scratch buffer): one instance per op instance.
 */
public final class OpenCcConverter {

    private final DictionaryGroup segmentation;
    private final List<DictionaryGroup> conversionChain;
    private final int[] scratch = new int[1];

    OpenCcConverter(DictionaryGroup segmentation, List<DictionaryGroup> conversionChain) {
        this.segmentation = segmentation;
        this.conversionChain = conversionChain;
    }

    /** The converter of one of OpenCC's bundled configurations. */
    public static OpenCcConverter of(OpenCcConfig config) {
        return config.newConverter();
    }

    public String convert(String text) {
        int nul = text.indexOf('\u0000');
        String input = nul < 0 ? text : text.substring(0, nul);
        List<String> segments = segments(input);
        StringBuilder converted = new StringBuilder(input.length() + 16);
        for (DictionaryGroup conversion : conversionChain) {
            List<String> next = new ArrayList<>(segments.size());
            for (String segment : segments) {
                converted.setLength(0);
                conversion.convert(segment, converted, scratch);
                next.add(converted.toString());
            }
            segments = next;
        }
        converted.setLength(0);
        segments.forEach(converted::append);
        String result = converted.toString();
        return result.equals(text) ? text : result;
    }

    /** OpenCC's {@code MaxMatchSegmentation::Segment}. */
    private List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        int unmatchedStart = 0;
        int pos = 0;
        while (pos < text.length()) {
            OpenCcDictionary dictionary = segmentation.match(text, pos, text.length(), scratch);
            if (dictionary == null) {
                pos += Character.charCount(text.codePointAt(pos));
                continue;
            }
            if (unmatchedStart < pos) {
                segments.add(text.substring(unmatchedStart, pos));
            }
            int end = pos + dictionary.phraseLength(scratch[0]);
            segments.add(text.substring(pos, end));
            pos = end;
            unmatchedStart = end;
        }
        if (unmatchedStart < text.length()) {
            segments.add(text.substring(unmatchedStart));
        }
        return segments;
    }
}
