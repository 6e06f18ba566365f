package io.djflink.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the recipe layer knows about an op: its registered DataJuicer name, kind, parameters with
 * defaults, and how to build it from validated arguments.
 */
public final class OpSpec {

    public static final String TEXT_KEY = "text_key";

    /**
     * Keyword arguments every DataJuicer op accepts ({@code OP.__init__}). Only {@code text_key}
     * changes what our ops do; the others are resource hints for DataJuicer's engines and are
     * accepted so that recipes run unchanged.
     */
    private static final List<ParamSpec> COMMON = List.of(
            new ParamSpec(TEXT_KEY, ParamType.STRING, "text", false, null, "field holding the text"),
            any("image_key", "images"), any("audio_key", "audios"), any("video_key", "videos"),
            any("image_bytes_key", "image_bytes"), any("system_key", "system"), any("instruction_key", "instruction"),
            any("prompt_key", "prompt"), any("query_key", "query"), any("response_key", "response"),
            any("history_key", "history"), any("index_key", null), any("batch_size", 1000L), any("num_proc", null),
            new ParamSpec("skip_op_error", ParamType.BOOLEAN, null, true, null,
                    "drop a sample whose processing raises, instead of failing the job (default: the recipe's)"),
            any("accelerator", null), any("cpu_required", null), any("gpu_required", null), any("mem_required", null),
            any("num_cpus", null), any("num_gpus", null), any("memory", null), any("turbo", false),
            any("work_dir", null), any("runtime_env", null), any("ray_execution_mode", null));

    /** Range options of every DataJuicer filter ({@code Filter.get_keep_boolean}). */
    private static final List<ParamSpec> FILTER_COMMON = List.of(
            new ParamSpec("min_closed_interval", ParamType.BOOLEAN, true, false, null, "whether min is inclusive"),
            new ParamSpec("max_closed_interval", ParamType.BOOLEAN, true, false, null, "whether max is inclusive"),
            new ParamSpec("reversed_range", ParamType.BOOLEAN, false, false, null, "keep samples outside the range"));

    private final String name;
    private final OpKind kind;
    private final String description;
    private final List<ParamSpec> params;
    private final Map<String, ParamSpec> byName;
    private final Function<OpArgs, ? extends Op> factory;

    private OpSpec(String name, OpKind kind, String description, List<ParamSpec> own,
            Function<OpArgs, ? extends Op> factory) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.factory = factory;
        List<ParamSpec> all = new ArrayList<>(own);
        if (kind == OpKind.FILTER) {
            all.addAll(FILTER_COMMON);
        }
        this.params = Collections.unmodifiableList(all);
        Map<String, ParamSpec> m = new LinkedHashMap<>();
        for (ParamSpec p : all) {
            m.put(p.name(), p);
        }
        for (ParamSpec p : COMMON) {
            m.putIfAbsent(p.name(), p);
        }
        this.byName = Collections.unmodifiableMap(m);
    }

    public static Builder mapper(String name, Function<OpArgs, ? extends Op> factory) {
        return new Builder(name, OpKind.MAPPER, factory);
    }

    public static Builder filter(String name, Function<OpArgs, ? extends Op> factory) {
        return new Builder(name, OpKind.FILTER, factory);
    }

    public static Builder deduplicator(String name, Function<OpArgs, ? extends Op> factory) {
        return new Builder(name, OpKind.DEDUPLICATOR, factory);
    }

    public static Builder selector(String name, Function<OpArgs, ? extends Op> factory) {
        return new Builder(name, OpKind.SELECTOR, factory);
    }

    public String name() {
        return name;
    }

    public OpKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The op's own parameters (and the filter range options), in declaration order. */
    public List<ParamSpec> params() {
        return params;
    }

    /** Parameters every op accepts (see {@link #COMMON}). */
    public static List<ParamSpec> commonParams() {
        return COMMON;
    }

    /**
     * Validates recipe arguments: unknown names and wrong types are errors naming the op and
     * parameter; missing parameters take their defaults.
     *
     * @param given the op's arguments as written in the recipe (may be empty)
     * @param textKey the recipe's text key, used when the op does not set {@code text_key}
     */
    public OpArgs bind(Map<String, Object> given, String textKey) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : byName.values()) {
            values.put(p.name(), p.name().equals(TEXT_KEY) ? textKey : p.defaultValue());
        }
        for (Map.Entry<String, Object> e : given.entrySet()) {
            ParamSpec p = byName.get(e.getKey());
            if (p == null) {
                throw new OpArgumentException(name, e.getKey(), "op '" + name + "' has no parameter '" + e.getKey()
                        + "'; its parameters are: " + String.join(", ", ownParamNames()));
            }
            try {
                values.put(p.name(), p.coerce(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new OpArgumentException(name, p.name(),
                        "op '" + name + "': parameter '" + p.name() + "' " + ex.getMessage());
            }
        }
        return new OpArgs(name, values);
    }

    /** Builds the op; constructor argument checks surface as {@link OpArgumentException}. */
    public Op create(OpArgs args) {
        try {
            return factory.apply(args);
        } catch (OpArgumentException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new OpArgumentException(name, null, "op '" + name + "': " + e.getMessage());
        }
    }

    public Op create(Map<String, Object> given, String textKey) {
        return create(bind(given, textKey));
    }

    private List<String> ownParamNames() {
        List<String> names = new ArrayList<>();
        for (ParamSpec p : params) {
            names.add(p.name());
        }
        return names.isEmpty() ? List.of("(none besides the common ones)") : names;
    }

    private static ParamSpec any(String name, Object def) {
        return new ParamSpec(name, ParamType.ANY, def, true, null, "accepted for DataJuicer compatibility");
    }

    @Override
    public String toString() {
        return name;
    }

    /** Declares an op's parameters in DataJuicer's order. */
    public static final class Builder {
        private final String name;
        private final OpKind kind;
        private final Function<OpArgs, ? extends Op> factory;
        private final List<ParamSpec> params = new ArrayList<>();
        private String description = "";

        private Builder(String name, OpKind kind, Function<OpArgs, ? extends Op> factory) {
            this.name = Objects.requireNonNull(name);
            this.kind = kind;
            this.factory = Objects.requireNonNull(factory);
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** A parameter that must not be null. */
        public Builder param(String paramName, ParamType type, Object defaultValue, String doc) {
            params.add(new ParamSpec(paramName, type, defaultValue, false, null, doc));
            return this;
        }

        /** A parameter that may be null ({@code Optional[...]}). */
        public Builder optional(String paramName, ParamType type, Object defaultValue, String doc) {
            params.add(new ParamSpec(paramName, type, defaultValue, true, null, doc));
            return this;
        }

        /** A string parameter limited to the given values. */
        public Builder choice(String paramName, String defaultValue, List<String> choices, String doc) {
            params.add(new ParamSpec(paramName, ParamType.STRING, defaultValue, false, choices, doc));
            return this;
        }

        public OpSpec build() {
            return new OpSpec(name, kind, description, params, factory);
        }
    }
}
