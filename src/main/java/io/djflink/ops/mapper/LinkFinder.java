package io.djflink.ops.mapper;

import io.djflink.ops.text.MatchFinder;
import io.djflink.ops.text.RegexWordBoundary;
import io.djflink.python.PythonRegex;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of {@link CleanLinksMapper#DEFAULT_PATTERN} in linear time. The regex engine
 * tries the link start at every word boundary and reads the runs of {@code [\w-]} and
 * {@code [a-z0-9.-]} after it each time, so text such as {@code a-b-c-...} or {@code a.b.c....}
 * costs time quadratic in its length. Here each run is read once, its end serving every start
 * inside it, each start alternative is decided from those ends in constant time, and only where
 * one succeeds does {@link CleanLinksMapper#BODY} run, with {@link Matcher#lookingAt()}.
 *
 * <p>Every link start holds a {@code :}, a {@code /} or {@code www}, reached from the start
 * through word characters, hyphens and dots only. So only the run of those characters leading up
 * to the next such anchor is searched, and the text between anchors is skipped with
 * {@link String#indexOf}.
 *
 * <p>The start alternatives are tried in the pattern's order, each with the body after it, so the
 * first that leads to a whole link is taken, as the regex engine would. Backtracking inside a start
 * changes nothing: {@code [\w-]+:} and {@code \d{0,3}[.]} can end in only one place, the
 * {@code [a-z0-9.-]+[.][a-z]{2,4}\/} form only at the {@code /} that ends its run, and after
 * {@code scheme:} the body following one slash reaches a link end whenever the body after two or
 * three slashes does, and the same one, since slashes are link characters that may end a link.
 */
final class LinkFinder implements MatchFinder {

    private static final Pattern BODY = PythonRegex.compile(CleanLinksMapper.BODY, Pattern.DOTALL).pattern();
    private static final int NOT_FOUND = -1;
    private static final int MAX_WWW_DIGITS = 3;

    private final String text;
    private final Matcher body;
    /** Runs of {@code [\w-]} and of {@code [a-z0-9.-]} read so far; later starts inside them share their ends. */
    private final Run schemeRun = new Run(LinkFinder::isSchemeCharacter);
    private final Run domainRun = new Run(LinkFinder::isDomainCharacter);
    /**
     * Where the body was last tried after a scheme and after a domain, and where it ended there:
     * all starts inside one run share the body that follows the run.
     */
    private final BodyResult afterScheme = new BodyResult();
    private final BodyResult afterDomain = new BodyResult();
    /** The next {@code :}, {@code /} and {@code www} found so far; the text's length when there is none. */
    private int nextColon = NOT_FOUND;
    private int nextSlash = NOT_FOUND;
    private int nextWww = NOT_FOUND;

    LinkFinder(String text) {
        this.text = text;
        this.body = BODY.matcher(text);
    }

    @Override
    public MatchResult find(int from) {
        int searched = from;
        for (int anchor = nextAnchor(from); anchor != NOT_FOUND; anchor = nextAnchor(searched)) {
            for (int start = tokenStart(searched, anchor); start <= anchor; start++) {
                if (isDomainCharacter(text.charAt(start)) && RegexWordBoundary.isAt(text, start)) {
                    int end = linkEnd(start);
                    if (end != NOT_FOUND) {
                        return new Link(text, start, end);
                    }
                }
            }
            searched = anchor + 1;
        }
        return null;
    }

    /** The first {@code :}, {@code /} or {@code www} at or after {@code from}, or NOT_FOUND. */
    private int nextAnchor(int from) {
        if (nextColon < from) {
            nextColon = indexOrEnd(text.indexOf(':', from));
        }
        if (nextSlash < from) {
            nextSlash = indexOrEnd(text.indexOf('/', from));
        }
        if (nextWww < from) {
            nextWww = from;
            while (nextWww < text.length() && !isWww(text, nextWww)) {
                nextWww++;
            }
        }
        int anchor = Math.min(nextWww, Math.min(nextColon, nextSlash));
        return anchor < text.length() ? anchor : NOT_FOUND;
    }

    private int indexOrEnd(int index) {
        return index < 0 ? text.length() : index;
    }

    /**
     * Where the word characters, hyphens and dots that run up to {@code anchor} begin, but not
     * before {@code from}. A link start before them would need a {@code :}, {@code /} or
     * {@code www} before {@code anchor}, and there is none after {@code from}.
     */
    private int tokenStart(int from, int anchor) {
        int start = anchor;
        while (start > from) {
            int cp = text.codePointBefore(start);
            if (!(cp == '.' || isSchemeCharacter(cp))) {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start;
    }

    /** The end of the link starting at {@code start}, a word boundary, or NOT_FOUND. */
    private int linkEnd(int start) {
        int end = afterScheme(start);
        if (end == NOT_FOUND) {
            end = afterWww(start);
        }
        if (end == NOT_FOUND) {
            end = afterDomainAndSlash(start);
        }
        return end;
    }

    /** {@code [a-z][\w-]+:(?:\/{1,3}|[a-z0-9%])} and the body. */
    private int afterScheme(int start) {
        if (!isLetter(text.charAt(start))) {
            return NOT_FOUND;
        }
        int colon = schemeRun.endFrom(start + 1);
        if (colon == start + 1 || colon + 1 >= text.length() || text.charAt(colon) != ':') {
            return NOT_FOUND;
        }
        char next = text.charAt(colon + 1);
        if (next != '/' && next != '%' && !isLetter(next) && !isAsciiDigit(next)) {
            return NOT_FOUND;
        }
        return afterScheme.end(colon + 2);
    }

    /** {@code [wW]{3}\d{0,3}[.]} and the body. */
    private int afterWww(int start) {
        if (!isWww(text, start)) {
            return NOT_FOUND;
        }
        int at = start + 3;
        for (int digits = 0; digits < MAX_WWW_DIGITS && at < text.length(); digits++) {
            int cp = text.codePointAt(at);
            if (!Character.isDigit(cp)) {
                break;
            }
            at += Character.charCount(cp);
        }
        if (at >= text.length() || text.charAt(at) != '.') {
            return NOT_FOUND;
        }
        return bodyEnd(at + 1);
    }

    /** {@code [a-z0-9.\-]+[.][a-z]{2,4}\/} and the body. */
    private int afterDomainAndSlash(int start) {
        int slash = domainRun.endFrom(start);
        if (slash >= text.length() || text.charAt(slash) != '/' || !endsInTopLevelDomain(start, slash)) {
            return NOT_FOUND;
        }
        return afterDomain.end(slash + 1);
    }

    /** Whether {@code text[start:end]}, all domain characters, ends in a dot and 2-4 letters after at least one character. */
    private boolean endsInTopLevelDomain(int start, int end) {
        for (int letters = 1; letters <= 4 && end - letters - 1 > start; letters++) {
            if (!isLetter(text.charAt(end - letters))) {
                return false;
            }
            if (letters >= 2 && text.charAt(end - letters - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    /** Where the body starting at {@code from} ends, or NOT_FOUND. */
    private int bodyEnd(int from) {
        return body.region(from, text.length()).lookingAt() ? body.end() : NOT_FOUND;
    }

    private static boolean isWww(String text, int at) {
        return at + 3 <= text.length() && isW(text.charAt(at)) && isW(text.charAt(at + 1)) && isW(text.charAt(at + 2));
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** {@code [a-z]} under DataJuicer's {@code (?i)}: ASCII letters, İ, ſ and the Kelvin sign. */
    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u0130' || c == '\u017F' || c == '\u212A';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [a-z0-9.\-]} under {@code (?i)}. */
    private static boolean isDomainCharacter(int c) {
        return isLetter(c) || isAsciiDigit(c) || c == '.' || c == '-';
    }

    private static boolean isSchemeCharacter(int cp) {
        return cp == '-' || RegexWordBoundary.isWordCharacter(cp);
    }

    /** The maximal run of one character class that contains the positions asked about, read once. */
    private final class Run {
        private final IntPredicate member;
        private int from;
        private int end;

        Run(IntPredicate member) {
            this.member = member;
        }

        /** The end of the maximal run starting at {@code at}; {@code at} never decreases between calls. */
        int endFrom(int at) {
            if (at >= from && at < end) {
                return end;
            }
            from = at;
            end = at;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                if (!member.test(cp)) {
                    break;
                }
                end += Character.charCount(cp);
            }
            return end;
        }
    }

    /** The body tried last from one kind of link start. */
    private final class BodyResult {
        private int from = NOT_FOUND;
        private int end;

        int end(int bodyFrom) {
            if (bodyFrom != from) {
                from = bodyFrom;
                end = bodyEnd(bodyFrom);
            }
            return end;
        }
    }

    /** A match of the default pattern, whose group 1 is the whole link. */
    private record Link(String text, int start, int end) implements MatchResult {

        @Override
        public int start(int group) {
            checkGroup(group);
            return start;
        }

        @Override
        public int end(int group) {
            checkGroup(group);
            return end;
        }

        @Override
        public String group() {
            return text.substring(start, end);
        }

        @Override
        public String group(int group) {
            checkGroup(group);
            return group();
        }

        @Override
        public int groupCount() {
            return 1;
        }

        private static void checkGroup(int group) {
            if (group < 0 || group > 1) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }
    }
}
