package io.djflink.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * A replacement template of Python's {@code regex.sub}, parsed once: {@code \1}, {@code \g<1>},
 * {@code \g<name>} insert groups (an unmatched group inserts nothing), {@code \n}, {@code \t},
 * {@code \\}, {@code \x41}, {@code \u0041}, {@code \N{...}} and octal escapes insert characters, a
 * backslash before any other non-letter stays as it is, and {@code $} is an ordinary character.
 *
 * <p>This is not turned into a Java replacement string because Java cannot write "group 1 followed
 * by the digit 0" once a pattern has ten groups; {@link PythonRegex#sub} inserts the parts itself.
 */
public final class PythonReplacement {

    /** Literal text before each group reference, and after the last one: {@code groups.length + 1} entries. */
    private final String[] literals;
    private final int[] groups;

    private PythonReplacement(String[] literals, int[] groups) {
        this.literals = literals;
        this.groups = groups;
    }

    /**
     * @throws IllegalArgumentException for a bad escape or a reference to a group the regex does not
     *     have (Python raises the latter only when a match occurs; here it is found up front)
     */
    public static PythonReplacement parse(String template, PythonRegex regex) {
        return new Parser(template, regex).parse();
    }

    /** Whether the template inserts no groups, so every match is replaced by the same text. */
    public boolean isLiteral() {
        return groups.length == 0;
    }

    /** Appends the replacement for the current match {@code m} of {@code text}. */
    public void appendTo(StringBuilder out, MatchResult m, String text) {
        for (int i = 0; i < groups.length; i++) {
            out.append(literals[i]);
            int start = m.start(groups[i]);
            if (start >= 0) {
                out.append(text, start, m.end(groups[i]));
            }
        }
        out.append(literals[groups.length]);
    }

    private static final class Parser {
        private final String template;
        private final PythonRegex regex;
        private final List<String> literals = new ArrayList<>();
        private final List<Integer> groups = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();
        private int pos;

        Parser(String template, PythonRegex regex) {
            this.template = template;
            this.regex = regex;
        }

        PythonReplacement parse() {
            while (pos < template.length()) {
                char c = template.charAt(pos);
                if (c == '\\') {
                    escape();
                } else {
                    literal.append(c);
                    pos++;
                }
            }
            literals.add(literal.toString());
            return new PythonReplacement(literals.toArray(String[]::new),
                    groups.stream().mapToInt(Integer::intValue).toArray());
        }

        private void escape() {
            if (pos + 1 >= template.length()) {
                throw error("bad escape (end of template)");
            }
            char c = template.charAt(pos + 1);
            switch (c) {
                case 'g' -> namedOrNumberedGroup();
                case 'a' -> character(0x07, 2);
                case 'b' -> character(0x08, 2);
                case 'f' -> character(0x0C, 2);
                case 'n' -> character('\n', 2);
                case 'r' -> character('\r', 2);
                case 't' -> character('\t', 2);
                case 'v' -> character(0x0B, 2);
                case '\\' -> character('\\', 2);
                case 'x' -> character(hex(2), 4);
                case 'u' -> character(hex(4), 6);
                case 'U' -> character(hex(8), 10);
                case 'N' -> namedCharacter();
                default -> {
                    if (c >= '0' && c <= '9') {
                        digits();
                    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        throw error("bad escape \\" + c);
                    } else {
                        literal.append('\\');
                        pos++;
                    }
                }
            }
        }

        private void character(int codePoint, int consumed) {
            literal.appendCodePoint(codePoint);
            pos += consumed;
        }

        private int hex(int digits) {
            int from = pos + 2;
            if (from + digits > template.length()) {
                throw error("incomplete escape \\" + template.charAt(pos + 1));
            }
            String hex = template.substring(from, from + digits);
            if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                throw error("incomplete escape \\" + template.charAt(pos + 1) + hex);
            }
            long value = Long.parseLong(hex, 16);
            if (value > Character.MAX_CODE_POINT) {
                throw error("bad escape \\" + template.charAt(pos + 1) + hex);
            }
            return (int) value;
        }

        private void namedCharacter() {
            int close = template.indexOf('}', pos);
            if (!template.startsWith("\\N{", pos) || close < 0) {
                throw error("missing {...} after \\N");
            }
            String name = template.substring(pos + 3, close);
            try {
                character(Character.codePointOf(name), close + 1 - pos);
            } catch (IllegalArgumentException e) {
                throw error("undefined character name '" + name + "'");
            }
        }

        /** {@code \g<1>} or {@code \g<name>}. */
        private void namedOrNumberedGroup() {
            int close = template.indexOf('>', pos);
            if (!template.startsWith("\\g<", pos) || close < 0) {
                throw error("missing <...> after \\g");
            }
            String ref = template.substring(pos + 3, close);
            if (ref.isEmpty()) {
                throw error("missing group name");
            }
            int group;
            if (ref.chars().allMatch(d -> d >= '0' && d <= '9')) {
                group = Integer.parseInt(ref);
            } else {
                Integer named = regex.groupNumber(ref);
                if (named == null) {
                    throw error("unknown group name '" + ref + "'");
                }
                group = named;
            }
            groupReference(group, close + 1 - pos);
        }

        /** Python reads {@code \0oo} and {@code \ooo} as octal characters, else up to two digits as a group. */
        private void digits() {
            int first = pos + 1;
            if (template.charAt(first) == '0') {
                int end = first + 1;
                while (end < template.length() && end < first + 3 && isOctal(template.charAt(end))) {
                    end++;
                }
                character(Integer.parseInt(template.substring(first, end), 8), end - pos);
                return;
            }
            int end = first + 1;
            if (end < template.length() && isAsciiDigit(template.charAt(end))) {
                end++;
                if (isOctal(template.charAt(first)) && isOctal(template.charAt(first + 1))
                        && end < template.length() && isOctal(template.charAt(end))) {
                    int value = Integer.parseInt(template.substring(first, end + 1), 8);
                    if (value > 0377) {
                        throw error("octal escape value \\" + template.substring(first, end + 1)
                                + " outside of range 0-0o377");
                    }
                    character(value, end + 1 - pos);
                    return;
                }
            }
            groupReference(Integer.parseInt(template.substring(first, end)), end - pos);
        }

        private void groupReference(int group, int consumed) {
            if (group > regex.groupCount()) {
                throw error("invalid group reference " + group + " (the pattern has " + regex.groupCount()
                        + " groups)");
            }
            literals.add(literal.toString());
            literal.setLength(0);
            groups.add(group);
            pos += consumed;
        }

        private static boolean isOctal(char c) {
            return c >= '0' && c <= '7';
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid replacement '" + template + "': " + what
                    + " at position " + pos);
        }
    }
}
