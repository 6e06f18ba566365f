package io.djflink.python;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rewrites a pattern written for Python's {@code regex} module (version 0 syntax, which DataJuicer
 * uses) into {@link java.util.regex} syntax with the same meaning. Most syntax is shared; this
 * handles what is not:
 * <ul>
 *   <li>{@code (?P<name>...)}, {@code (?P=name)}; names Java does not allow (such as
 *       {@code user_name}) are renamed, and {@link Translation#groupNumbers} keeps the Python names;</li>
 *   <li>{@code \Z} (Java {@code \z}), {@code \v} (only U+000B in Python), {@code \UXXXXXXXX},
 *       octal escapes, {@code \m}/{@code \M}, {@code [\b]}, and backreferences followed by a digit;</li>
 *   <li>the quantifier <code>{,n}</code>, and a brace that does not start a quantifier (a literal in
 *       Python);</li>
 *   <li>{@code [} and {@code &} inside a set, literal in Python but nested sets and intersections in
 *       Java, and whitespace or {@code #} inside a set in verbose mode;</li>
 *   <li>{@code (?#comment)}, the inline flags {@code a} and {@code u}, and {@code \p{Han}}-style
 *       script names (Java wants {@code \p{IsHan}});</li>
 *   <li>{@code ^} with MULTILINE, which in Python also matches after a final {@code \n}.</li>
 * </ul>
 * With {@code UNIX_LINES} and {@code UNICODE_CHARACTER_CLASS} (set by {@link PythonRegex}),
 * {@code . $ \d \w \s \b} then behave as in Python.
 */
final class PythonPatternTranslator {

    /** The Java pattern, its number of capturing groups and the group numbers by Python name. */
    record Translation(String javaSource, int groupCount, Map<String, Integer> groupNumbers) {
    }

    /** Inline modes that change how the translator itself reads the pattern. */
    private record Modes(boolean multiline, boolean verbose) {
    }

    private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d*)(,(\\d*))?}");
    private static final Pattern POSIX_CLASS = Pattern.compile("\\[:\\^?\\w+:]");
    private static final Pattern JAVA_GROUP_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    /** Python's MULTILINE {@code ^}: at the start or after any {@code \n}, including a final one. */
    private static final String PYTHON_MULTILINE_CARET = "(?<![^\\n])";

    private final String source;
    private final StringBuilder out;
    private final Map<String, Integer> groupNumbers = new LinkedHashMap<>();
    private final Map<String, String> javaGroupNames = new LinkedHashMap<>();
    private final Deque<Modes> enclosingModes = new ArrayDeque<>();
    private Modes modes;
    private int groupCount;
    private int pos;

    private PythonPatternTranslator(String source, int javaFlags) {
        this.source = source;
        this.out = new StringBuilder(source.length() + 16);
        this.modes = new Modes((javaFlags & Pattern.MULTILINE) != 0, (javaFlags & Pattern.COMMENTS) != 0);
    }

    /**
     * @param javaFlags the {@link Pattern} flags the pattern will be compiled with
     * @throws IllegalArgumentException for Python syntax that has no Java equivalent
     */
    static Translation translate(String pythonPattern, int javaFlags) {
        PythonPatternTranslator t = new PythonPatternTranslator(pythonPattern, javaFlags);
        t.translateAll();
        return new Translation(t.out.toString(), t.groupCount, Map.copyOf(t.groupNumbers));
    }

    private void translateAll() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> characterSet();
                case '(' -> openGroup();
                case ')' -> closeGroup();
                case '{' -> brace();
                case '}' -> literal("\\}", 1);
                case '^' -> literal(modes.multiline() ? PYTHON_MULTILINE_CARET : "^", 1);
                case '#' -> {
                    if (modes.verbose()) {
                        skipComment();
                    } else {
                        literal("#", 1);
                    }
                }
                default -> literal(String.valueOf(c), 1);
            }
        }
    }

    private void literal(String java, int consumed) {
        out.append(java);
        pos += consumed;
    }

    private void skipComment() {
        int end = source.indexOf('\n', pos);
        pos = end < 0 ? source.length() : end;
    }

    private void openGroup() {
        if (!source.startsWith("(?", pos)) {
            enclosingModes.push(modes);
            groupCount++;
            literal("(", 1);
        } else if (source.startsWith("(?P<", pos)) {
            namedGroup(pos + 4);
        } else if (source.startsWith("(?<", pos) && !source.startsWith("(?<=", pos)
                && !source.startsWith("(?<!", pos)) {
            namedGroup(pos + 3);
        } else if (source.startsWith("(?P=", pos)) {
            int close = closing(')', pos + 4, "named backreference");
            literal("\\k<" + javaNameOf(source.substring(pos + 4, close)) + ">", close + 1 - pos);
        } else if (source.startsWith("(?#", pos)) {
            pos = closing(')', pos + 3, "comment") + 1;
        } else if (pos + 2 < source.length() && isFlagStart(source.charAt(pos + 2))) {
            inlineFlags();
        } else {
            enclosingModes.push(modes);
            literal("(?", 2);
        }
    }

    private void closeGroup() {
        if (!enclosingModes.isEmpty()) {
            modes = enclosingModes.pop();
        }
        literal(")", 1);
    }

    private void namedGroup(int nameStart) {
        int close = closing('>', nameStart, "group name");
        String name = source.substring(nameStart, close);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("missing group name at position " + pos);
        }
        if (groupNumbers.containsKey(name)) {
            throw new IllegalArgumentException("group name '" + name + "' is defined twice");
        }
        groupCount++;
        String javaName = JAVA_GROUP_NAME.matcher(name).matches() ? name : "pyGroup" + groupCount;
        groupNumbers.put(name, groupCount);
        javaGroupNames.put(name, javaName);
        enclosingModes.push(modes);
        literal("(?<" + javaName + ">", close + 1 - pos);
    }

    private String javaNameOf(String pythonName) {
        String javaName = javaGroupNames.get(pythonName);
        if (javaName == null) {
            throw new IllegalArgumentException("unknown group name '" + pythonName + "' at position " + pos);
        }
        return javaName;
    }

    private static boolean isFlagStart(char c) {
        return c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code (?flags)}, {@code (?flags:...)} or {@code (?on-off:...)}. */
    private void inlineFlags() {
        int i = pos + 2;
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean turningOff = false;
        boolean multiline = modes.multiline();
        boolean verbose = modes.verbose();
        while (i < source.length() && source.charAt(i) != ')' && source.charAt(i) != ':') {
            char f = source.charAt(i);
            switch (f) {
                case '-' -> turningOff = true;
                case 'i', 's' -> (turningOff ? off : on).append(f);
                case 'm' -> {
                    (turningOff ? off : on).append(f);
                    multiline = !turningOff;
                }
                case 'x' -> {
                    (turningOff ? off : on).append(f);
                    verbose = !turningOff;
                }
                case 'u' -> {
                    // Unicode matching is already the default for str patterns.
                }
                case 'a' -> (turningOff ? on : off).append('U');
                case 'V' -> {
                    if (!source.startsWith("V0", i)) {
                        throw new IllegalArgumentException("inline flag V" + (i + 1 < source.length()
                                ? source.charAt(i + 1) : "") + " (regex version 1 syntax) is not supported");
                    }
                    i++;
                }
                default -> throw new IllegalArgumentException("inline flag '" + f + "' at position " + i
                        + " is not supported (supported: i, m, s, x, a, u)");
            }
            i++;
        }
        if (i >= source.length()) {
            throw new IllegalArgumentException("missing ')' after the inline flags at position " + pos);
        }
        String javaFlags = on + (off.length() > 0 ? "-" + off : "");
        Modes changed = new Modes(multiline, verbose);
        if (source.charAt(i) == ')') {
            modes = changed;
            literal(javaFlags.isEmpty() ? "" : "(?" + javaFlags + ")", i + 1 - pos);
        } else {
            enclosingModes.push(modes);
            modes = changed;
            literal("(?" + javaFlags + ":", i + 1 - pos);
        }
    }

    private int closing(char terminator, int from, String what) {
        int close = source.indexOf(terminator, from);
        if (close < 0) {
            throw new IllegalArgumentException("missing '" + terminator + "' after the " + what
                    + " at position " + pos);
        }
        return close;
    }

    private void brace() {
        Matcher q = QUANTIFIER.matcher(source).region(pos, source.length());
        if (!q.lookingAt() || (q.group(1).isEmpty() && q.group(2) == null)) {
            literal("\\{", 1);
            return;
        }
        String min = q.group(1).isEmpty() ? "0" : q.group(1);
        String java = q.group(2) == null ? "{" + min + "}" : "{" + min + "," + q.group(3) + "}";
        literal(java, q.end() - pos);
    }

    private void characterSet() {
        int start = pos;
        literal("[", 1);
        if (pos < source.length() && source.charAt(pos) == '^') {
            literal("^", 1);
        }
        if (pos < source.length() && source.charAt(pos) == ']') {
            literal("\\]", 1);
        }
        while (pos < source.length()) {
            char c = source.charAt(pos);
            switch (c) {
                case ']' -> {
                    literal("]", 1);
                    return;
                }
                case '\\' -> escape(true);
                case '[' -> {
                    if (POSIX_CLASS.matcher(source).region(pos, source.length()).lookingAt()) {
                        throw new IllegalArgumentException("POSIX character classes such as [:alpha:] (position "
                                + pos + ") are not supported; use \\p{...} instead");
                    }
                    literal("\\[", 1);
                }
                case '&' -> literal("\\&", 1);
                default -> {
                    boolean ignoredByJava = modes.verbose() && (c == '#' || Character.isWhitespace(c));
                    literal(ignoredByJava ? hexEscape(c) : String.valueOf(c), 1);
                }
            }
        }
        throw new IllegalArgumentException("unterminated character set at position " + start);
    }

    private void escape(boolean inSet) {
        if (pos + 1 >= source.length()) {
            throw new IllegalArgumentException("the pattern ends with a lone backslash");
        }
        int cp = source.codePointAt(pos + 1);
        switch (cp) {
            case 'Z' -> literal(inSet ? "\\Z" : "\\z", 2);
            case 'v' -> literal("\\x0B", 2);
            case 'b' -> literal(inSet ? "\\x08" : "\\b", 2);
            case 'm' -> literal(inSet ? "\\m" : "\\b(?=\\w)", 2);
            case 'M' -> literal(inSet ? "\\M" : "\\b(?<=\\w)", 2);
            case 'U' -> literal(hexEscape(codePointOf(hexDigits(pos + 2, 8))), 10);
            case 'p', 'P' -> unicodeProperty(cp == 'P');
            default -> {
                if (cp >= '0' && cp <= '9') {
                    numericEscape(inSet);
                } else if (cp < 0x80) {
                    literal("\\" + (char) cp, 2);
                } else {
                    // Python ignores a backslash before a non-ASCII character; no such character is special in Java.
                    literal(new String(Character.toChars(cp)), 1 + Character.charCount(cp));
                }
            }
        }
    }

    /** Python: {@code \0}, {@code \0oo} and three octal digits are characters; otherwise a group reference. */
    private void numericEscape(boolean inSet) {
        int i = pos + 1;
        int octalEnd = i + 1;
        if (source.charAt(i) == '0' || inSet) {
            while (octalEnd < source.length() && octalEnd < i + 3 && isOctal(source.charAt(octalEnd))) {
                octalEnd++;
            }
            octal(i, octalEnd);
            return;
        }
        int end = i + 1;
        if (end < source.length() && Character.isDigit(source.charAt(end)) && source.charAt(end) < 0x80) {
            end++;
            if (isOctal(source.charAt(i)) && isOctal(source.charAt(i + 1))
                    && end < source.length() && isOctal(source.charAt(end))) {
                octal(i, end + 1);
                return;
            }
        }
        int group = Integer.parseInt(source.substring(i, end));
        if (group > groupCount) {
            throw new IllegalArgumentException("invalid group reference " + group + " at position " + pos);
        }
        // Parenthesised so that a digit after the reference is not read as part of the number.
        literal("(?:\\" + group + ")", end - pos);
    }

    private void octal(int digitsStart, int digitsEnd) {
        if (!isOctal(source.charAt(digitsStart))) {
            throw new IllegalArgumentException("bad escape \\" + source.charAt(digitsStart) + " at position " + pos);
        }
        int value = Integer.parseInt(source.substring(digitsStart, digitsEnd), 8);
        if (value > 0377) {
            throw new IllegalArgumentException("octal escape value \\" + source.substring(digitsStart, digitsEnd)
                    + " outside of range 0-0o377 at position " + pos);
        }
        literal(hexEscape(value), digitsEnd - pos);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private String hexDigits(int from, int count) {
        if (from + count > source.length() || !source.substring(from, from + count).chars().allMatch(
                c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("incomplete escape \\" + source.charAt(from - 1)
                    + " at position " + pos);
        }
        return source.substring(from, from + count);
    }

    private int codePointOf(String hex) {
        long value = Long.parseLong(hex, 16);
        if (value > Character.MAX_CODE_POINT) {
            throw new IllegalArgumentException("bad escape \\U" + hex + " at position " + pos);
        }
        return (int) value;
    }

    private static String hexEscape(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }

    /** {@code \p{Name}}, {@code \P{Name}}, {@code \p{^Name}} or {@code \pL}. */
    private void unicodeProperty(boolean negated) {
        int nameStart = pos + 2;
        if (nameStart >= source.length()) {
            throw new IllegalArgumentException("missing property name after \\p at position " + pos);
        }
        String name;
        int end;
        if (source.charAt(nameStart) == '{') {
            int close = closing('}', nameStart, "property name");
            name = source.substring(nameStart + 1, close);
            end = close + 1;
        } else {
            name = source.substring(nameStart, nameStart + 1);
            end = nameStart + 1;
        }
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        literal((negated ? "\\P{" : "\\p{") + javaPropertyName(name) + "}", end - pos);
    }

    private String javaPropertyName(String pythonName) {
        for (String candidate : new String[] {pythonName, "Is" + pythonName}) {
            try {
                Pattern.compile("\\p{" + candidate + "}");
                return candidate;
            } catch (PatternSyntaxException notThisOne) {
                // try the next spelling
            }
        }
        throw new IllegalArgumentException("unknown or unsupported Unicode property \\p{" + pythonName
                + "} at position " + pos);
    }
}
