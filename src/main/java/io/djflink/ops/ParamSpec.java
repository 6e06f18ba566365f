package io.djflink.ops;

import java.util.List;

/**
 * One op parameter: its DataJuicer name, type, default and, for enumerations, the allowed values.
 *
 * @param nullable whether {@code null} is allowed ({@code Optional[...]} in DataJuicer)
 * @param choices allowed string values, empty when any value of the type is allowed
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, boolean nullable, List<String> choices,
        String description) {

    public ParamSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
    }

    /** Validates and canonicalises a value given for this parameter. */
    public Object coerce(Object value) {
        if (value == null) {
            if (!nullable && defaultValue != null) {
                throw new IllegalArgumentException("must be " + type.description() + ", got null");
            }
            return null;
        }
        Object v = type.coerce(value);
        if (!choices.isEmpty() && !choices.contains(String.valueOf(v))) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", choices) + "; got "
                    + ParamType.render(value));
        }
        return v;
    }
}
