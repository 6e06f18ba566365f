package io.djflink.ops.filter.condition;

import io.djflink.python.PyValues.Order;
import io.djflink.python.PyValues;

/** The comparison operators DataJuicer's evaluator supports, with Python's semantics. */
enum ComparisonOperator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator written as {@code symbol}, or {@code null}. */
    static ComparisonOperator of(String symbol) {
        for (ComparisonOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    /** @throws io.djflink.python.PyTypeError when Python cannot order the operands */
    boolean apply(Object left, Object right) {
        return switch (this) {
            case EQ -> PyValues.equal(left, right);
            case NE -> !PyValues.equal(left, right);
            case LT -> PyValues.ordered(left, right, Order.LT);
            case LE -> PyValues.ordered(left, right, Order.LE);
            case GT -> PyValues.ordered(left, right, Order.GT);
            case GE -> PyValues.ordered(left, right, Order.GE);
        };
    }

    @Override
    public String toString() {
        return symbol;
    }
}
