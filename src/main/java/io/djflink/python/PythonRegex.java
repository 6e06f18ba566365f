package io.djflink.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of Python's {@code regex} module, compiled once into a Java {@link Pattern}
 * that matches the same text: {@code \d \w \s \b} are Unicode-aware, {@code .} excludes only
 * {@code \n}, {@code $} also matches before a final {@code \n}, and {@code (?i)} ignores case over
 * all of Unicode. {@link #sub} follows Python's {@code re.sub}, including where empty matches fall.
 */
public final class PythonRegex {

    /** Flags that make Java's matching rules Python's; added to whatever flags the caller passes. */
    private static final int PYTHON_SEMANTICS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE
            | Pattern.UNIX_LINES;

    private final String source;
    private final Pattern pattern;
    /** The same pattern, but only accepting matches that end where the search did not start. */
    private final Pattern nonEmptyPattern;
    private final int groupCount;
    private final Map<String, Integer> groupNumbers;

    private PythonRegex(String source, Pattern pattern, Pattern nonEmptyPattern, int groupCount,
            Map<String, Integer> groupNumbers) {
        this.source = source;
        this.pattern = pattern;
        this.nonEmptyPattern = nonEmptyPattern;
        this.groupCount = groupCount;
        this.groupNumbers = groupNumbers;
    }

    /**
     * @param pythonPattern the pattern as Python's {@code regex} module would read it
     * @param flags Java's counterparts of Python's flags: {@link Pattern#DOTALL},
     *     {@link Pattern#MULTILINE}, {@link Pattern#CASE_INSENSITIVE}, {@link Pattern#COMMENTS}
     *     (re.VERBOSE), or 0
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static PythonRegex compile(String pythonPattern, int flags) {
        PythonPatternTranslator.Translation translation;
        try {
            translation = PythonPatternTranslator.translate(pythonPattern, flags);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid regular expression " + quoted(pythonPattern) + ": "
                    + e.getMessage(), e);
        }
        String javaSource = translation.javaSource();
        try {
            Pattern compiled = Pattern.compile(javaSource, flags | PYTHON_SEMANTICS);
            Pattern nonEmpty = Pattern.compile("(?:" + javaSource + ")(?<!\\G)", flags | PYTHON_SEMANTICS);
            return new PythonRegex(pythonPattern, compiled, nonEmpty, translation.groupCount(),
                    translation.groupNumbers());
        } catch (PatternSyntaxException e) {
            String asJava = javaSource.equals(pythonPattern) ? ""
                    : " (translated to Java as " + quoted(javaSource) + ")";
            throw new IllegalArgumentException("invalid or unsupported regular expression " + quoted(pythonPattern)
                    + ": " + e.getDescription() + " near index " + e.getIndex() + asJava, e);
        }
    }

    /**
     * DataJuicer's handling of a pattern given in a recipe: a value written like a Python raw string,
     * {@code r'...'} or {@code r"..."} (longer than two characters), loses that wrapper.
     */
    public static String unwrapRawString(String pattern) {
        boolean wrapped = pattern.length() > 2
                && ((pattern.startsWith("r'") && pattern.endsWith("'"))
                        || (pattern.startsWith("r\"") && pattern.endsWith("\"")));
        return wrapped ? pattern.substring(2, pattern.length() - 1) : pattern;
    }

    /** The pattern as written in Python. */
    public String source() {
        return source;
    }

    /** The compiled Java pattern. */
    public Pattern pattern() {
        return pattern;
    }

    public int groupCount() {
        return groupCount;
    }

    /** The number of the group with this Python name, or {@code null} when there is none. */
    public Integer groupNumber(String pythonName) {
        return groupNumbers.get(pythonName);
    }

    /** {@code re.search(pattern, text) is not None}. */
    public boolean search(String text) {
        return pattern.matcher(text).find();
    }

    /**
     * {@code re.sub(pattern, repl, text)}: replaces every match, left to right (see
     * {@link #forEachMatch} for where matches fall).
     *
     * @return {@code text} itself when nothing matches
     */
    public String sub(String text, PythonReplacement replacement) {
        StringBuilder[] out = new StringBuilder[1];
        int[] copied = new int[1];
        forEachMatch(text, match -> {
            if (out[0] == null) {
                out[0] = new StringBuilder(text.length());
            }
            out[0].append(text, copied[0], match.start());
            replacement.appendTo(out[0], match, text);
            copied[0] = match.end();
        });
        return out[0] == null ? text : out[0].append(text, copied[0], text.length()).toString();
    }

    /** {@code list(re.finditer(pattern, text))}. */
    public List<MatchResult> findAll(String text) {
        List<MatchResult> matches = new ArrayList<>();
        forEachMatch(text, match -> matches.add(match.toMatchResult()));
        return matches;
    }

    /**
     * {@code re.split(pattern, text)}: the pieces between matches, each followed by the match's
     * groups ({@code null} for a group that did not take part). Empty matches split too.
     */
    public List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        int[] pieceStart = new int[1];
        forEachMatch(text, match -> {
            pieces.add(text.substring(pieceStart[0], match.start()));
            for (int g = 1; g <= groupCount; g++) {
                pieces.add(match.group(g));
            }
            pieceStart[0] = match.end();
        });
        pieces.add(text.substring(pieceStart[0]));
        return pieces;
    }

    /**
     * Visits the matches {@code re.finditer} would give, left to right. As in Python, an empty
     * match right after a non-empty one counts, and after an empty match the search goes on at the
     * same position, where only a non-empty match is accepted (Java would instead skip one UTF-16
     * unit ahead). The matcher passed on is only valid during the call.
     */
    public void forEachMatch(String text, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        try {
            if (!matcher.find()) {
                return;
            }
            Matcher nonEmptyMatcher = nonEmptyPattern.matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            Matcher match = matcher;
            while (match != null) {
                action.accept(match);
                match = next(text, match, matcher, nonEmptyMatcher);
            }
        } catch (StackOverflowError e) {
            // Java recurses once per repetition of a group, where Python's regex module does not.
            throw new IllegalArgumentException("regular expression " + quoted(source) + " recurses too deeply in"
                    + " Java's regex engine on a text of " + text.length() + " characters; possessive quantifiers"
                    + " (*+, ++) or atomic groups (?>...) may avoid that");
        }
    }

    /** The match that follows {@code previous}, or {@code null} when there is none. */
    private static Matcher next(String text, Matcher previous, Matcher matcher, Matcher nonEmptyMatcher) {
        int end = previous.end();
        if (previous.start() < end) {
            return matcher.find(end) ? matcher : null;
        }
        if (nonEmptyMatcher.region(end, text.length()).lookingAt()) {
            return nonEmptyMatcher;
        }
        if (end == text.length()) {
            return null;
        }
        return matcher.find(end + Character.charCount(text.codePointAt(end))) ? matcher : null;
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }

    @Override
    public String toString() {
        return source;
    }
}
