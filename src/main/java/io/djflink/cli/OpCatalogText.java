package io.djflink.cli;

import io.djflink.ops.OpRegistry;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamSpec;
import io.djflink.storage.codec.JsonCodec;

/** The text of {@code dj-process --list-ops}: every op by kind, with its parameters, types and defaults. */
final class OpCatalogText {

    private OpCatalogText() {
    }

    static String render() {
        StringBuilder sb = new StringBuilder();
        OpRegistry registry = OpRegistry.defaults();
        sb.append(registry.all().size()).append(" ops (DataJuicer names). Every op also accepts ")
                .append("text_key and DataJuicer's resource options (batch_size, num_proc, ...).\n");
        for (OpSpec spec : registry.all()) {
            sb.append('\n').append(spec.name()).append("  [").append(spec.kind().label()).append(']');
            if (!spec.description().isEmpty()) {
                sb.append("  ").append(spec.description());
            }
            sb.append('\n');
            for (ParamSpec p : spec.params()) {
                sb.append(String.format("    %-28s %-32s default %s", p.name(),
                        p.type().description() + (p.nullable() ? " or null" : ""), JsonCodec.toJson(p.defaultValue())));
                if (!p.choices().isEmpty()) {
                    sb.append("  one of ").append(String.join(", ", p.choices()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
