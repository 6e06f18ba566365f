package io.djflink.ops.opencc;

import java.util.List;

/**
 * OpenCC's {@code DictGroup}: several dictionaries searched in order, where the first one that has
 * a phrase at a position decides, even if a later one has a longer phrase there.
 */
final class DictionaryGroup {

    private final OpenCcDictionary[] dictionaries;

    DictionaryGroup(List<String> dictionaryNames) {
        this.dictionaries = dictionaryNames.stream().map(OpenCcDictionary::named).toArray(OpenCcDictionary[]::new);
    }

    /** The phrase found at {@code start}, or {@code null}; {@code found} receives the match. */
    OpenCcDictionary match(CharSequence text, int start, int end, int[] found) {
        for (OpenCcDictionary dictionary : dictionaries) {
            int match = dictionary.longestMatch(text, start, end);
            if (match >= 0) {
                found[0] = match;
                return dictionary;
            }
        }
        return null;
    }

    /**
     * OpenCC's {@code Conversion::Convert} of one segment: from left to right, the longest phrase
     * found is replaced by its first replacement, and a character without a phrase is kept.
     */
    void convert(String segment, StringBuilder out, int[] scratch) {
        int pos = 0;
        while (pos < segment.length()) {
            OpenCcDictionary dictionary = match(segment, pos, segment.length(), scratch);
            if (dictionary == null) {
                int next = pos + Character.charCount(segment.codePointAt(pos));
                out.append(segment, pos, next);
                pos = next;
            } else {
                out.append(dictionary.replacement(scratch[0]));
                pos += dictionary.phraseLength(scratch[0]);
            }
        }
    }

    @Override
    public String toString() {
        return List.of(dictionaries).toString();
    }
}
