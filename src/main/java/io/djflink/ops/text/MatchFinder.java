package io.djflink.ops.text;

import io.djflink.python.PythonReplacement;
import java.util.regex.MatchResult;

/**
 * A search written by hand for one fixed pattern in one text, finding exactly the matches that
 * {@link PythonRegex#sub} would replace. It exists where the general regex search is slow on real
 * text: the hand-written search can skip positions where no match can start, which Java's regex
 * engine cannot know.
 */
@FunctionalInterface
public interface MatchFinder {

    /**
     * The leftmost match starting at or after {@code from}, never empty, or {@code null} when there
     * is none. {@code from} is 0 or the end of the previous match; the result may be reused by the
     * next call.
     */
    MatchResult find(int from);

    /**
     * {@code re.sub(pattern, replacement, text)} where {@code finder} finds the pattern's matches in
     * {@code text}.
     *
     * @return {@code text} itself when nothing matches
     */
    static String sub(String text, MatchFinder finder, PythonReplacement replacement) {
        MatchResult match = finder.find(0);
        if (match == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (match != null) {
            out.append(text, copied, match.start());
            replacement.appendTo(out, match, text);
            copied = match.end();
            match = finder.find(copied);
        }
        return out.append(text, copied, text.length()).toString();
    }
}
