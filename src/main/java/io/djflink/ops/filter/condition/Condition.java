package io.djflink.ops.filter.condition;

import io.djflink.ops.Sample;

/**
 * A {@code general_field_filter} condition: a Python expression over a sample's fields, limited to
 * what DataJuicer's {@code ExpressionTransformer} evaluates, e.g.
 * {@code 10 < num <= 30 and text != 'nothing here' and __dj__meta__.a == 3}.
 *
 * <p>DataJuicer parses the condition with {@code ast.parse} when the op is built and fails on
 * unsupported constructs only while evaluating a sample; here both are rejected when the condition
 * is parsed.
 */
public final class Condition {

    private final String source;
    private final Expression expression;

    private Condition(String source, Expression expression) {
        this.source = source;
        this.expression = expression;
    }

    /** @throws ConditionSyntaxException naming the invalid or unsupported construct and its position */
    public static Condition parse(String source) {
        return new Condition(source, ConditionParser.parse(source));
    }

    /**
     * The value of the condition for one sample: a {@code Boolean} for {@code and}, {@code or} and
     * comparisons, otherwise the value of the single operand (a field value or constant).
     *
     * @throws io.djflink.python.PyTypeError when a comparison has operands Python cannot order
     */
    public Object evaluate(Sample sample) {
        return expression.evaluate(sample);
    }

    @Override
    public String toString() {
        return source;
    }
}
