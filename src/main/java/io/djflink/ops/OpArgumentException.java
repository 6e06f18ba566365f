package io.djflink.ops;

/** A recipe gave an op a parameter it does not have, or a value of the wrong type. */
public class OpArgumentException extends IllegalArgumentException {

    private final String opName;
    private final String param;

    public OpArgumentException(String opName, String param, String message) {
        super(message);
        this.opName = opName;
        this.param = param;
    }

    public String opName() {
        return opName;
    }

    /** The parameter at fault, or {@code null} when the problem is the op as a whole. */
    public String param() {
        return param;
    }
}
