package io.djflink.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DataJuicer's pipeline complexity score, computed from the recipe's real op names (DataJuicer
 * passes op objects where it expects names, so its score is always 1.0): 1 plus 0.3 for each op
 * whose name suggests model inference or media work, 0.2 for each other filter, deduplicator or
 * mapper, 0.1 for anything else.
 *
 * @param score divides the rows per partition
 */
public record PipelineComplexity(double score, List<OpWeight> ops) {

    private static final List<String> EXPENSIVE = List.of("embedding", "similarity", "model", "neural", "vision", "audio");
    private static final List<String> ORDINARY = List.of("filter", "deduplicator", "mapper");

    public PipelineComplexity {
        ops = List.copyOf(ops);
    }

    public static PipelineComplexity of(List<String> opNames) {
        List<OpWeight> weights = new ArrayList<>(opNames.size());
        int tenths = 10;
        for (String name : opNames) {
            int opTenths = tenthsFor(name.toLowerCase(Locale.ROOT));
            tenths += opTenths;
            weights.add(new OpWeight(name, opTenths / 10.0));
        }
        return new PipelineComplexity(tenths / 10.0, weights);
    }

    private static int tenthsFor(String lowerName) {
        if (EXPENSIVE.stream().anyMatch(lowerName::contains)) {
            return 3;
        }
        if (ORDINARY.stream().anyMatch(lowerName::contains)) {
            return 2;
        }
        return 1;
    }
}
