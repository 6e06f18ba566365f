package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.config.RecipeLoader;
import io.djflink.ops.OpProvider;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.OpSpec;
import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestCorpus;
import io.djflink.testing.TestFlink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same recipes through {@code executor_type: default} and through the Flink engine (3
 * partitions, parallelism 2) give byte-identical exports. Every built-in op is covered: by a case
 * below, or else by a case that runs it with its defaults.
 */
class ExecutorsAgreeTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    static Path shared;

    private static Path corpus;

    /**
     * @param process the recipe's {@code process:} entries
     * @param overrides further recipe keys, as on the command line
     */
    record Case(String name, String process, List<String> overrides) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("mappers", """
                      - whitespace_normalization_mapper:
                      - punctuation_normalization_mapper:
                      - clean_email_mapper:
                      - clean_links_mapper:
                    """, List.of()),
            new Case("filters_keeping_stats", """
                      - text_length_filter: {min_len: 20, max_len: 5000}
                      - words_num_filter: {min_num: 5}
                      - alphanumeric_filter: {min_ratio: 0.5}
                      - character_repetition_filter: {rep_len: 5, max_ratio: 0.5}
                      - special_characters_filter: {max_ratio: 0.3}
                    """, List.of("--keep_stats_in_res_ds", "true")),
            new Case("exact_dedup_keeping_hashes", """
                      - document_deduplicator: {lowercase: true, ignore_non_character: true}
                    """, List.of("--keep_hashes_in_res_ds", "true")),
            new Case("minhash", """
                      - document_minhash_deduplicator:
                    """, List.of()),
            new Case("minhash_characters", """
                      - document_minhash_deduplicator: {tokenization: character, window_size: 8, jaccard_threshold: 0.5}
                    """, List.of()),
            new Case("simhash_keeping_hashes", """
                      - document_simhash_deduplicator: {tokenization: punctuation, window_size: 3}
                    """, List.of("--keep_hashes_in_res_ds", "true")),
            new Case("random", """
                      - random_selector: {select_ratio: 0.3}
                    """, List.of()),
            new Case("topk", """
                      - topk_specified_field_selector: {field_key: meta.quality, top_ratio: 0.4, topk: 60}
                    """, List.of()),
            new Case("frequency", """
                      - frequency_specified_field_selector: {field_key: tag, topk: 2, reverse: false}
                    """, List.of()),
            new Case("range", """
                      - range_specified_field_selector: {field_key: score, lower_percentile: 0.2, upper_percentile: 0.7}
                    """, List.of()),
            new Case("suffix", """
                      - suffix_filter: {suffixes: [".jsonl", ".txt"]}
                    """, List.of()),
            new Case("pipeline", """
                      - whitespace_normalization_mapper:
                      - text_length_filter: {min_len: 10}
                      - document_minhash_deduplicator:
                      - topk_specified_field_selector: {field_key: __dj__stats__.text_len, topk: 80}
                      - document_deduplicator:
                      - random_selector: {select_num: 50}
                    """, List.of()));

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = shared.resolve("corpus.jsonl");
        Path plain = TestCorpus.write(shared.resolve("plain.jsonl"), 240, 11);
        try (OutputStream out = Files.newOutputStream(corpus)) {
            int i = 0;
            for (String line : Files.readAllLines(plain)) {
                Sample s = JsonCodec.parseObject(line);
                decorate(s, i);
                write(out, s);
                if (i % 9 == 0) {
                    Sample near = s.deepCopy();
                    near.put("text", nearCopy(s.getString("text"), i));
                    write(out, near);
                }
                i++;
            }
        }
    }

    /** Fields the selectors rank and count by, with ties, strings, lists and gaps. */
    @SuppressWarnings("unchecked")
    private static void decorate(Sample s, int i) {
        s.put("score", (long) (i * 37 % 11));
        s.put("tag", List.of("web", "book", "code", "wiki", "web").get(i % 5));
        LinkedHashMap<String, Object> meta = (LinkedHashMap<String, Object>) s.get("meta");
        if (i % 13 != 0) {
            meta.put("quality", i % 4 == 0 ? List.of((long) (i % 7), 0.5) : String.valueOf(i % 17 / 4.0));
        }
    }

    /** The text with one word replaced near its end: a near duplicate for long texts. */
    private static String nearCopy(String text, int i) {
        int cut = text.lastIndexOf(' ', Math.max(0, text.length() - 20));
        return cut <= 0 ? text + " x" : text.substring(0, cut) + " changed" + i + text.substring(cut);
    }

    private static void write(OutputStream out, Sample s) throws IOException {
        out.write(JsonCodec.toBytes(s));
        out.write('\n');
    }

    /** The innermost message of what {@code run} throws, or null when it succeeds. */
    private static String failureOf(ThrowingRunnable run) {
        try {
            run.run();
            return null;
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t.getMessage();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>(CASES);
        Set<String> testOnly = ServiceLoader.load(OpProvider.class).stream().flatMap(p -> p.get().ops().stream())
                .map(OpSpec::name).collect(Collectors.toSet());
        for (OpSpec spec : OpRegistry.defaults().all()) {
            boolean covered = CASES.stream().anyMatch(c -> c.process().contains("- " + spec.name() + ":"));
            if (!covered && !testOnly.contains(spec.name())) {
                all.add(new Case(spec.name() + "_with_defaults", "  - " + spec.name() + ":\n", List.of()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothExecutorsExportTheSameBytes(Case c, @TempDir Path dir) throws Exception {
        JobHarness harness = new JobHarness(dir);
        Path recipe = harness.recipe("recipe.yaml", """
                dataset_path: %s
                export_path: ${dir}/flink/out.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 3}
                process:
                %s""".formatted(corpus, c.process()));
        List<String> overrides = new ArrayList<>(c.overrides());
        overrides.addAll(List.of("--job_id", c.name()));
        List<String> inProcess = new ArrayList<>(overrides);
        inProcess.addAll(List.of("--export_path", dir.resolve("local/out.jsonl").toString()));

        String localFailure = failureOf(() -> new LocalRunner().run(new RecipeLoader().load(recipe, inProcess).config()));
        if (localFailure != null) {
            String engineFailure = failureOf(() -> {
                JobRunner.Outcome o = harness.run(recipe, overrides.toArray(String[]::new));
                if (o.status() == JobRunner.Status.FAILED) {
                    throw new IllegalStateException(o.message());
                }
            });
            assertThat(engineFailure).as("an op that cannot run with these arguments fails on both executors")
                    .isNotNull().contains(localFailure);
            return;
        }
        JobRunner.Outcome flink = harness.run(recipe, overrides.toArray(String[]::new));

        assertThat(flink.status()).as("the Flink engine: %s", flink.message()).isEqualTo(JobRunner.Status.COMPLETED);
        Path local = dir.resolve("local/out.jsonl");
        Path engine = dir.resolve("flink/out.jsonl");
        assertThat(JobHarness.lines(local)).isNotEmpty().containsExactlyElementsOf(JobHarness.lines(engine));
        assertThat(Files.readAllBytes(local)).isEqualTo(Files.readAllBytes(engine));
    }
}
