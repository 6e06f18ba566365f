package io.djflink.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recipe that runs as long as a test needs, to be watched, stopped or killed: 1,500 documents
 * of {@link TestCorpus} in 6 partitions, a stage checkpoint after every op, and {@code slow_mapper}
 * taking {@code micros} per document. Jobs write to {@code {dir}/out}.
 */
public final class SlowRecipe {

    private SlowRecipe() {
    }

    /** @param extraOps more ops, one YAML flow mapping each, before the length filter */
    public static Path write(Path dir, String name, long micros, String... extraOps) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        if (!Files.exists(corpus)) {
            TestCorpus.write(corpus, 1500, 11);
        }
        StringBuilder extra = new StringBuilder();
        for (String op : extraOps) {
            extra.append("  - ").append(op).append('\n');
        }
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                dataset_path: %s
                export_path: %s
                np: 2
                partition: {mode: manual, num_of_partitions: 6}
                checkpoint: {strategy: every_op}
                intermediate_storage: {format: jsonl, compression: gzip}
                process:
                  - whitespace_normalization_mapper:
                  - slow_mapper: {micros: %d}
                  - document_deduplicator:
                %s  - text_length_filter: {min_len: 30}
                """.formatted(corpus, dir.resolve("out").resolve(name + ".jsonl"), micros, extra));
        return file;
    }
}
