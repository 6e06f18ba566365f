package io.djflink.config;

import io.djflink.config.YamlNode.Mapping;
import io.djflink.config.YamlNode.Scalar;
import io.djflink.config.YamlNode.Sequence;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the recipe's {@code process} list ({@code - op_name: {args}}, or {@code - op_name:} for
 * the defaults) and checks each op name and argument against the op registry, so that a typo
 * fails before any data is read.
 */
final class ProcessBinder {

    /**
     * @param effectiveArgs the op's own parameters with their values in force (defaults filled in),
     *     plus {@code text_key} and any common parameter the recipe set: what {@code asRun} records
     */
    record BoundOp(OpConfig config, Map<String, Object> effectiveArgs) {
    }

    private final OpRegistry registry;

    ProcessBinder(OpRegistry registry) {
        this.registry = registry;
    }

    List<BoundOp> bind(ConfigSection top, String textKey) {
        Optional<Mapping.Entry> entry = top.entry("process");
        if (entry.isEmpty()) {
            return List.of();
        }
        if (!(entry.get().value() instanceof Sequence sequence)) {
            throw top.error("process", "must be a list of '- op_name: {arg: value}' entries, got "
                    + entry.get().value().render());
        }
        List<BoundOp> ops = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            ops.add(bindEntry(ops.size(), item, textKey));
        }
        return List.copyOf(ops);
    }

    private BoundOp bindEntry(int index, YamlNode item, String textKey) {
        String where = "process[" + index + "]";
        if (item instanceof Scalar scalar && scalar.value() instanceof String name) {
            throw ConfigException.at(item.origin(), where, "'" + name + "' needs a colon: write '- " + name
                    + ":' for its defaults or '- " + name + ": {arg: value}'");
        }
        if (!(item instanceof Mapping entry) || entry.keys().size() != 1) {
            throw ConfigException.at(item.origin(), where, "must name exactly one op, as '- op_name: {arg: value}'"
                    + " with the arguments indented under the op name; got " + item.render());
        }
        String name = entry.keys().iterator().next();
        Mapping.Entry op = entry.get(name);
        Mapping args = arguments(op, where + " " + name);
        OpSpec spec;
        OpArgs bound;
        try {
            spec = registry.require(name);
            bound = spec.bind(args.toPlain(), textKey);
        } catch (OpArgumentException e) {
            Mapping.Entry param = e.param() == null ? null : args.get(e.param());
            Origin origin = param != null ? param.keyOrigin() : op.keyOrigin();
            throw ConfigException.at(origin, where, e.getMessage());
        }
        OpConfig config = new OpConfig(index, name, args.toPlain(), op.keyOrigin().toString());
        return new BoundOp(config, effectiveArgs(spec, bound, args.keys()));
    }

    private static Mapping arguments(Mapping.Entry op, String where) {
        YamlNode value = op.value();
        if (value instanceof Scalar scalar && scalar.isNull()) {
            return new Mapping(op.keyOrigin());
        }
        if (!(value instanceof Mapping args)) {
            throw ConfigException.at(op.keyOrigin(), where, "arguments must be a mapping of parameter: value, got "
                    + value.render());
        }
        return args;
    }

    private static Map<String, Object> effectiveArgs(OpSpec spec, OpArgs bound, Set<String> given) {
        Set<String> shown = new HashSet<>(given);
        shown.add(OpSpec.TEXT_KEY);
        for (ParamSpec param : spec.params()) {
            shown.add(param.name());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        bound.asMap().forEach((param, value) -> {
            if (shown.contains(param)) {
                out.put(param, value);
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
