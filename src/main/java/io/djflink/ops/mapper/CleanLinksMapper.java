package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code clean_links_mapper}, whose default pattern (adapted from
 * kallewesterling/CleanText) finds a link that starts with {@code scheme:} (a letter and at least
 * one more word character or hyphen) followed by one to three slashes or a letter, digit or
 * {@code %}, or with {@code www.}, {@code www1.}... or {@code domain.tld/}; that runs to whitespace,
 * {@code <}, {@code >} or a parenthesis that does not open a balanced group; and that ends in a
 * character other than {@code `!()[]{};:'".,<>?«»“”‘’} or in a parenthesised group.
 * {@code mailto:abc} is a link, {@code mailto:x} is not.
 */
public final class CleanLinksMapper extends RegexCleaningMapper {

    /**
     * What DataJuicer's {@code (?i)[a-z]} accepts: ASCII letters, İ, ſ and the Kelvin sign. Spelled
     * out because Java's case-insensitive matching would also accept the dotless ı.
     */
    private static final String LETTERS = "a-zA-Z\\u0130\\u017F\\u212A";
    private static final String START = "(?:[" + LETTERS + "][\\w-]+:(?:\\/{1,3}|[" + LETTERS + "0-9%])"
            + "|[wW]{3}\\d{0,3}[.]"
            + "|[" + LETTERS + "0-9.\\-]+[.][" + LETTERS + "]{2,4}\\/)";
    /** A link character that may end a link. */
    private static final String END_CHAR = "[^\\s`!()\\[\\]{};:'\".,<>?«»“”‘’]";
    /** A link character that may not end a link. */
    private static final String NON_END_CHAR = "[`!\\[\\]{};:'\".,?«»“”‘’]";
    /** A parenthesised part of a link, with one level of nested parentheses. */
    private static final String PARENTHESES = "\\((?:[^\\s()<>]++|\\([^\\s()<>]++\\))*+\\)";
    private static final String ENDING = "(?:" + END_CHAR + "|" + PARENTHESES + ")";
    /** What follows the link start: link characters and parenthesised parts, read as described below. */
    static final String BODY = "(?:" + NON_END_CHAR + "++" + ENDING + "|" + ENDING + NON_END_CHAR + "*+" + ENDING + ")"
            + "(?:" + NON_END_CHAR + "*+" + ENDING + ")*+";

    /**
     * Matches exactly what DataJuicer's default pattern matches, with the whole link as group 1, but
     * without its nested quantifiers {@code (?:[^\s()<>]+|...)+}: Java backtracks through those
     * exponentially on text such as a long word followed by {@code !}, where Python's regex module
     * does not. DataJuicer's pattern takes, after the link start, the longest run of link characters
     * and parenthesised parts that has at least two parts and ends in an ending part; here that run
     * is read part by part without backtracking. Unlike DataJuicer's pattern it has no groups 2-5,
     * which only captured pieces of parentheses, and no {@code (?i)} (see {@link #LETTERS}).
     * {@link LinkFinder} finds its matches without the regex engine's search.
     */
    static final String DEFAULT_PATTERN = "\\b(" + START + BODY + ")";

    public static final OpSpec SPEC = spec("clean_links_mapper", CleanLinksMapper::new, "links").build();

    public CleanLinksMapper(OpArgs args) {
        super(args, DEFAULT_PATTERN, LinkFinder::new);
    }
}
