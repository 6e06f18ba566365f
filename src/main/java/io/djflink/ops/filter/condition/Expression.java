package io.djflink.ops.filter.condition;

import io.djflink.ops.Sample;
import io.djflink.python.PyValues;
import java.util.List;
import java.util.Map;

/** A parsed condition, evaluated as DataJuicer's {@code ExpressionTransformer} does. */
sealed interface Expression {

    /** @throws io.djflink.python.PyTypeError when a comparison has operands Python cannot order */
    Object evaluate(Sample sample);

    /** {@code a or b or ...}: {@code any(...)}, so it stops at the first truthy operand. */
    record AnyOf(List<Expression> operands) implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            for (Expression operand : operands) {
                if (PyValues.isTruthy(operand.evaluate(sample))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code a and b and ...}: {@code all(...)}, so it stops at the first falsy operand. */
    record AllOf(List<Expression> operands) implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            for (Expression operand : operands) {
                if (!PyValues.isTruthy(operand.evaluate(sample))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@code a < b <= c ...}: every operand is evaluated first; then the links are tested in order,
     * and the chain is false at the first link that fails or has a None operand.
     */
    record Comparison(Expression first, List<ComparisonOperator> operators, List<Expression> rest)
            implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            Object left = first.evaluate(sample);
            if (rest.size() == 1) {
                Object right = rest.get(0).evaluate(sample);
                return left != null && right != null && operators.get(0).apply(left, right);
            }
            Object[] rights = new Object[rest.size()];
            for (int i = 0; i < rights.length; i++) {
                rights[i] = rest.get(i).evaluate(sample);
            }
            for (int i = 0; i < rights.length; i++) {
                if (left == null || rights[i] == null || !operators.get(i).apply(left, rights[i])) {
                    return false;
                }
                left = rights[i];
            }
            return true;
        }
    }

    /** A bare name: {@code sample.get(name)}, None when the field is missing. */
    record FieldName(String name) implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            return sample.get(name);
        }
    }

    /**
     * {@code target.name}: {@code dict.get(name)} on a dict, else Python's attribute (see
     * {@link PyValues#attribute}).
     */
    record Attribute(Expression target, String name) implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            Object value = target.evaluate(sample);
            return value instanceof Map<?, ?> map ? map.get(name) : PyValues.attribute(value, name);
        }
    }

    /** A number, string, True, False or None. */
    record Literal(Object value) implements Expression {
        @Override
        public Object evaluate(Sample sample) {
            return value;
        }
    }
}
