package io.djflink.ops.filter.condition;

import io.djflink.ops.filter.condition.Token.Kind;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a condition into tokens the way Python's tokenizer does for {@code ast.parse(source,
 * mode='eval')}: one logical line (line breaks only inside brackets or after a backslash), no
 * leading indentation, {@code #} comments, Python's number and string literal syntax, and
 * identifiers normalised to NFKC.
 */
final class ConditionLexer {

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final String EXPONENT = "[eE][+-]?" + DIGITS;
    private static final Pattern NUMBER = Pattern.compile("(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+"
            + "|0[oO](?:_?[0-7])+"
            + "|(?:" + DIGITS + "\\.(?:" + DIGITS + ")?|\\." + DIGITS + ")(?:" + EXPONENT + ")?"
            + "|" + DIGITS + EXPONENT
            + "|" + DIGITS + ")[jJ]?");
    private static final Pattern ALL_ZEROS = Pattern.compile("0+(?:_0+)*");
    /** Keywords Python lets follow a number directly, as in {@code x==1or y==2}. */
    private static final List<String> KEYWORDS_AFTER_NUMBER = List.of("and", "else", "for", "if", "in", "is", "not",
            "or");
    private static final Set<String> OPERATORS_3 = Set.of("**=", "//=", ">>=", "<<=", "...");
    private static final Set<String> OPERATORS_2 = Set.of("**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=");
    private static final String OPERATORS_1 = "+-*/%@&|^~<>()[]{},:;.=";
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");
    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";
    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    private int pos;
    private boolean atLineStart = true;
    private boolean lineHasTokens;

    private ConditionLexer(String source) {
        this.source = source;
    }

    /**
     * @return the tokens, ending with {@link Kind#NEWLINE} (when there are any) and {@link Kind#END}
     * @throws ConditionSyntaxException where Python's tokenizer fails, or at a bytes literal, f-string
     *     or complex number, which DataJuicer's evaluator does not support
     */
    static List<Token> tokenize(String source) {
        return new ConditionLexer(source).run();
    }

    private List<Token> run() {
        while (pos < source.length()) {
            if (atLineStart) {
                checkIndentation();
                continue;
            }
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\n' || c == '\r') {
                endPhysicalLine();
            } else if (c == '\\') {
                continueLine();
            } else {
                lexToken();
                lineHasTokens = true;
            }
        }
        if (!openBrackets.isEmpty()) {
            Token open = openBrackets.peek();
            throw invalid("'" + open.text() + "' was never closed", open.offset());
        }
        if (lineHasTokens) {
            tokens.add(new Token(Kind.NEWLINE, "", null, pos));
        }
        tokens.add(new Token(Kind.END, "", null, pos));
        return tokens;
    }

    /** Python skips blank lines but rejects an indented first (or further) line. */
    private void checkIndentation() {
        int start = pos;
        while (pos < source.length() && " \t\f".indexOf(source.charAt(pos)) >= 0) {
            pos++;
        }
        atLineStart = false;
        boolean blank = pos < source.length() && "#\n\r".indexOf(source.charAt(pos)) >= 0;
        if (pos > start && !blank) {
            throw invalid(pos == source.length() ? "unexpected indent (a last line of only spaces or tabs)"
                    : tokens.isEmpty() ? "unexpected indent (Python does not allow leading spaces or tabs)"
                    : "unexpected indent (a condition on several lines needs parentheses around it)",
                    start);
        }
    }

    private void skipComment() {
        while (pos < source.length() && source.charAt(pos) != '\n' && source.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void endPhysicalLine() {
        if (openBrackets.isEmpty() && lineHasTokens) {
            tokens.add(new Token(Kind.NEWLINE, "", null, pos));
            lineHasTokens = false;
        }
        pos = skipLineBreak(pos);
        atLineStart = openBrackets.isEmpty();
    }

    private void continueLine() {
        int at = pos;
        int next = pos + 1;
        if (next == source.length()) {
            throw invalid("the condition ends right after a line continuation character '\\'", at);
        }
        if (source.charAt(next) != '\n' && source.charAt(next) != '\r') {
            throw invalid("unexpected character after line continuation character '\\'", at);
        }
        pos = skipLineBreak(next);
        if (pos == source.length()) {
            throw invalid("the condition ends right after a line continuation", at);
        }
    }

    /** The index after the {@code \n}, {@code \r\n} or {@code \r} at {@code i}. */
    private int skipLineBreak(int i) {
        return source.charAt(i) == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    }

    private void lexToken() {
        int cp = source.codePointAt(pos);
        if (isIdentifierStart(cp)) {
            lexNameOrPrefixedString();
        } else if (isDigit(cp) || (cp == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
            lexNumber();
        } else if (cp == '"' || cp == '\'') {
            lexString("", pos);
        } else {
            lexOperator(cp);
        }
    }

    private void lexNameOrPrefixedString() {
        int at = pos;
        int end = identifierEnd(pos);
        String word = source.substring(pos, end);
        if (end < source.length() && isQuote(source.charAt(end)) && isStringPrefix(word)) {
            String prefix = word.toLowerCase(Locale.ROOT);
            if (prefix.contains("b")) {
                throw unsupported("a bytes literal", at);
            }
            if (prefix.contains("f")) {
                throw unsupported("an f-string", at);
            }
            pos = end;
            lexString(prefix, at);
            return;
        }
        pos = end;
        String name = isAscii(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFKC);
        tokens.add(new Token(Kind.NAME, name, null, at));
    }

    private void lexNumber() {
        int at = pos;
        Matcher m = NUMBER.matcher(source).region(pos, source.length());
        if (!m.lookingAt()) {
            throw invalid("invalid number literal", at);
        }
        String text = m.group();
        int end = m.end();
        if (end < source.length() && isIdentifierPart(source.codePointAt(end)) && !keywordFollows(end)) {
            throw invalid("invalid number literal '" + source.substring(pos, identifierEnd(end)) + "'", at);
        }
        if (text.endsWith("j") || text.endsWith("J")) {
            throw unsupported("a complex number literal '" + text + "'", at);
        }
        pos = end;
        tokens.add(new Token(Kind.NUMBER, text, numberValue(text, at), at));
    }

    private Object numberValue(String text, int at) {
        String digits = text.replace("_", "");
        if (digits.length() > 1 && digits.charAt(0) == '0' && "xXbBoO".indexOf(digits.charAt(1)) >= 0) {
            int radix = switch (Character.toLowerCase(digits.charAt(1))) {
                case 'x' -> 16;
                case 'b' -> 2;
                default -> 8;
            };
            return narrow(new BigInteger(digits.substring(2), radix));
        }
        if (digits.indexOf('.') >= 0 || digits.indexOf('e') >= 0 || digits.indexOf('E') >= 0) {
            return Double.parseDouble(digits);
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && !ALL_ZEROS.matcher(text).matches()) {
            throw invalid("leading zeros in decimal integer literals are not permitted", at);
        }
        return narrow(new BigInteger(digits));
    }

    private static Object narrow(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private boolean keywordFollows(int at) {
        for (String keyword : KEYWORDS_AFTER_NUMBER) {
            if (source.startsWith(keyword, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lexes the string literal whose opening quote is at {@link #pos}.
     *
     * @param at where the literal, prefix included, starts
     */
    private void lexString(String prefix, int at) {
        boolean raw = prefix.contains("r");
        char quote = source.charAt(pos);
        boolean triple = source.startsWith(String.valueOf(quote).repeat(3), pos);
        int i = pos + (triple ? 3 : 1);
        StringBuilder value = new StringBuilder();
        while (true) {
            if (i >= source.length()) {
                throw invalid(triple ? "unterminated triple-quoted string literal" : "unterminated string literal", at);
            }
            char c = source.charAt(i);
            if (c == quote && (!triple || source.startsWith(String.valueOf(quote).repeat(3), i))) {
                i += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw invalid("unterminated string literal", at);
                }
                value.append('\n');
                i = skipLineBreak(i);
            } else if (c == '\\') {
                i = backslash(i + 1, raw, value, at);
            } else {
                value.append(c);
                i++;
            }
        }
        pos = i;
        tokens.add(new Token(Kind.STRING, source.substring(at, i), value.toString(), at));
    }

    /**
     * Handles what follows a backslash inside a string: a raw string keeps both characters; otherwise
     * Python's escape sequences apply and an unknown escape keeps its backslash.
     *
     * @return the index after the escape
     */
    private int backslash(int i, boolean raw, StringBuilder value, int at) {
        if (i >= source.length()) {
            throw invalid("unterminated string literal", at);
        }
        char e = source.charAt(i);
        if (e == '\n' || e == '\r') {
            if (raw) {
                value.append('\\').append('\n');
            }
            return skipLineBreak(i);
        }
        if (raw) {
            value.append('\\').append(e);
            return i + 1;
        }
        switch (e) {
            case '\\', '\'', '"' -> value.append(e);
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'v' -> value.append('\u000B');
            case 'x' -> {
                return hexEscape(i + 1, 2, "\\xXX", value, at);
            }
            case 'u' -> {
                return hexEscape(i + 1, 4, "\\uXXXX", value, at);
            }
            case 'U' -> {
                return hexEscape(i + 1, 8, "\\UXXXXXXXX", value, at);
            }
            case 'N' -> {
                return namedEscape(i + 1, value, at);
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    return octalEscape(i, value);
                }
                value.append('\\');
                return i;
            }
        }
        return i + 1;
    }

    private int hexEscape(int i, int length, String form, StringBuilder value, int at) {
        int end = i;
        while (end < source.length() && end - i < length && HEX_DIGITS.indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        if (end - i < length) {
            throw invalid("truncated " + form + " escape in a string", at);
        }
        int cp = (int) Long.parseLong(source.substring(i, end), 16);
        if (cp > Character.MAX_CODE_POINT || cp < 0) {
            throw invalid("illegal Unicode character in a " + form + " escape", at);
        }
        value.appendCodePoint(cp);
        return end;
    }

    private int octalEscape(int i, StringBuilder value) {
        int end = i;
        while (end < source.length() && end - i < 3 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
            end++;
        }
        value.appendCodePoint(Integer.parseInt(source.substring(i, end), 8));
        return end;
    }

    private int namedEscape(int i, StringBuilder value, int at) {
        int close = source.indexOf('}', i);
        if (i >= source.length() || source.charAt(i) != '{' || close < 0) {
            throw invalid("malformed \\N{...} escape in a string", at);
        }
        String name = source.substring(i + 1, close);
        try {
            value.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw invalid("unknown Unicode character name '" + name + "' in a \\N{...} escape", at);
        }
        return close + 1;
    }

    private void lexOperator(int cp) {
        int at = pos;
        String op = OPERATORS_3.contains(slice(3)) ? slice(3) : OPERATORS_2.contains(slice(2)) ? slice(2)
                : OPERATORS_1.indexOf(cp) >= 0 ? slice(1) : null;
        if (op == null) {
            throw invalid("unexpected character '" + new String(Character.toChars(cp)) + "' ("
                    + String.format("U+%04X", cp) + ")", at);
        }
        pos += op.length();
        Token token = new Token(Kind.OPERATOR, op, null, at);
        if (OPENING.contains(op)) {
            openBrackets.push(token);
        } else if (CLOSING.contains(op)) {
            Token open = openBrackets.poll();
            if (open == null) {
                throw invalid("unmatched '" + op + "'", at);
            }
            if (OPENING.indexOf(open.text()) != CLOSING.indexOf(op)) {
                throw invalid("closing '" + op + "' does not match opening '" + open.text() + "'", at);
            }
        }
        tokens.add(token);
    }

    private String slice(int length) {
        return source.substring(pos, Math.min(source.length(), pos + length));
    }

    private int identifierEnd(int from) {
        int i = from;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            if (!isIdentifierPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private ConditionSyntaxException invalid(String problem, int at) {
        return ConditionSyntaxException.invalid(problem, at, source);
    }

    private ConditionSyntaxException unsupported(String construct, int at) {
        return ConditionSyntaxException.unsupported(construct, at, source);
    }

    private static boolean isStringPrefix(String word) {
        return STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp == '_' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
