package io.djflink.ops.filter.condition;

import io.djflink.ops.filter.condition.Expression.AllOf;
import io.djflink.ops.filter.condition.Expression.AnyOf;
import io.djflink.ops.filter.condition.Expression.Attribute;
import io.djflink.ops.filter.condition.Expression.Comparison;
import io.djflink.ops.filter.condition.Expression.FieldName;
import io.djflink.ops.filter.condition.Expression.Literal;
import io.djflink.ops.filter.condition.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the part of Python's expression grammar that DataJuicer's
 * {@code general_field_filter} evaluates:
 *
 * <pre>
 * condition  := or NEWLINE? END
 * or         := and ('or' and)*
 * and        := comparison ('and' comparison)*
 * comparison := operand (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') operand)*
 * operand    := atom ('.' NAME)*
 * atom       := NAME | NUMBER | STRING+ | 'True' | 'False' | 'None' | '(' or ')'
 * </pre>
 *
 * Other valid Python (unary minus, {@code not}, {@code in}, calls, lists, arithmetic, ...) is rejected
 * as unsupported, naming the construct and where it is.
 */
final class ConditionParser {

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private final String source;
    private final List<Token> tokens;
    private int next;

    private ConditionParser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** @throws ConditionSyntaxException for invalid or unsupported Python */
    static Expression parse(String source) {
        return new ConditionParser(source, ConditionLexer.tokenize(source)).condition();
    }

    private Expression condition() {
        Expression expression = or();
        Token t = peek();
        if (t.kind() == Kind.NEWLINE) {
            advance();
            t = peek();
            if (t.kind() != Kind.END) {
                throw invalid("unexpected " + t.quoted() + " after the end of the condition; "
                        + "a condition on several lines needs parentheses around it", t);
            }
        }
        if (t.kind() != Kind.END) {
            throw afterOperand(t);
        }
        return expression;
    }

    private Expression or() {
        List<Expression> operands = new ArrayList<>(List.of(and()));
        while (peek().isName("or")) {
            advance();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new AnyOf(List.copyOf(operands));
    }

    private Expression and() {
        List<Expression> operands = new ArrayList<>(List.of(comparison()));
        while (peek().isName("and")) {
            advance();
            operands.add(comparison());
        }
        return operands.size() == 1 ? operands.get(0) : new AllOf(List.copyOf(operands));
    }

    private Expression comparison() {
        Expression first = operand();
        List<ComparisonOperator> operators = new ArrayList<>();
        List<Expression> rest = new ArrayList<>();
        ComparisonOperator op;
        while (peek().kind() == Kind.OPERATOR && (op = ComparisonOperator.of(peek().text())) != null) {
            advance();
            operators.add(op);
            rest.add(operand());
        }
        return operators.isEmpty() ? first : new Comparison(first, List.copyOf(operators), List.copyOf(rest));
    }

    private Expression operand() {
        Expression expression = atom();
        while (true) {
            Token t = peek();
            if (t.isOperator(".")) {
                advance();
                Token name = advance();
                if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
                    throw invalid("expected an attribute name after '.', found " + name.quoted(), name);
                }
                expression = new Attribute(expression, name.text());
            } else if (t.isOperator("(")) {
                throw unsupported("a function call", t);
            } else if (t.isOperator("[")) {
                throw unsupported("a subscript ('[...]')", t);
            } else {
                return expression;
            }
        }
    }

    private Expression atom() {
        Token t = advance();
        switch (t.kind()) {
            case NUMBER:
                return new Literal(t.value());
            case STRING:
                return strings(t);
            case NAME:
                return name(t);
            case OPERATOR:
                return parenthesisedOrUnsupported(t);
            default:
                throw invalid("the condition ends where a field name, a constant or '(' is expected", t);
        }
    }

    /** Adjacent string literals form one string, as in Python. */
    private Expression strings(Token first) {
        StringBuilder value = new StringBuilder((String) first.value());
        while (peek().kind() == Kind.STRING) {
            value.append((String) advance().value());
        }
        return new Literal(value.toString());
    }

    private Expression name(Token t) {
        return switch (t.text()) {
            case "True" -> new Literal(Boolean.TRUE);
            case "False" -> new Literal(Boolean.FALSE);
            case "None" -> new Literal(null);
            case "not" -> throw unsupported("'not'", t);
            case "lambda" -> throw unsupported("a lambda", t);
            case "await" -> throw unsupported("'await'", t);
            default -> {
                if (KEYWORDS.contains(t.text())) {
                    throw invalid("unexpected keyword '" + t.text() + "'", t);
                }
                yield new FieldName(t.text());
            }
        };
    }

    private Expression parenthesisedOrUnsupported(Token t) {
        switch (t.text()) {
            case "(":
                return parenthesised(t);
            case "-":
                throw unsupported("unary minus ('-')", t);
            case "+":
                throw unsupported("unary plus ('+')", t);
            case "~":
                throw unsupported("bitwise not ('~')", t);
            case "[":
                throw unsupported("a list ('[...]')", t);
            case "{":
                throw unsupported("a dict or set ('{...}')", t);
            case "...":
                throw unsupported("Ellipsis ('...')", t);
            default:
                throw invalid("expected a field name, a constant or '(' but found " + t.quoted(), t);
        }
    }

    private Expression parenthesised(Token open) {
        if (peek().isOperator(")")) {
            throw unsupported("an empty tuple '()'", open);
        }
        Expression inner = or();
        Token t = peek();
        if (t.isOperator(")")) {
            advance();
            return inner;
        }
        if (t.isOperator(",")) {
            throw unsupported("a tuple (',')", t);
        }
        if (t.isOperator(":=")) {
            throw unsupported("an assignment expression (':=')", t);
        }
        if (t.isName("for")) {
            throw unsupported("a generator expression", t);
        }
        throw afterOperand(t);
    }

    /** The error for a token that cannot follow a complete operand. */
    private ConditionSyntaxException afterOperand(Token t) {
        if (t.kind() == Kind.OPERATOR) {
            switch (t.text()) {
                case "+", "-", "*", "/", "//", "%", "**", "@":
                    return unsupported("the arithmetic operator '" + t.text() + "'", t);
                case "&", "|", "^", "<<", ">>":
                    return unsupported("the bitwise operator '" + t.text() + "'", t);
                case ",":
                    return unsupported("a tuple (',')", t);
                case "=":
                    return invalid("'=' assigns; to compare, use '=='", t);
                default:
                    break;
            }
        } else if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "in":
                    return unsupported("the 'in' comparison", t);
                case "is":
                    return unsupported("the 'is' comparison", t);
                case "if":
                    return unsupported("a conditional expression ('... if ... else ...')", t);
                case "not":
                    if (tokens.get(next + 1).isName("in")) {
                        return unsupported("the 'not in' comparison", t);
                    }
                    break;
                default:
                    break;
            }
        }
        return invalid("unexpected " + t.quoted(), t);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }

    private ConditionSyntaxException invalid(String problem, Token at) {
        return ConditionSyntaxException.invalid(problem, at.offset(), source);
    }

    private ConditionSyntaxException unsupported(String construct, Token at) {
        return ConditionSyntaxException.unsupported(construct, at.offset(), source);
    }
}
