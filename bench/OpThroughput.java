import io.djflink.config.LoadedRecipe;
import io.djflink.config.OpConfig;
import io.djflink.config.RecipeLoader;
import io.djflink.ops.Deduplicator;
import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.Filter;
import io.djflink.ops.Mapper;
import io.djflink.ops.Op;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.Sample;
import io.djflink.storage.JsonCodec;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-op throughput of a recipe on a corpus: every op runs, in recipe order, on what the ops before
 * it kept, in one JVM without Flink; MB/s is the op's input text (UTF-8) over the time spent in it.
 * usage: java -cp target/dj-flink.jar bench/OpThroughput.java CORPUS.jsonl RECIPE.yaml
 */
public class OpThroughput {

    public static void main(String[] args) throws Exception {
        LoadedRecipe recipe = new RecipeLoader().load(Path.of(args[1]), List.of("--dataset_path", args[0]));
        String textKey = recipe.config().textKey();
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    samples.add(JsonCodec.parseObject(line));
                }
            }
        }
        System.out.printf("%-36s %10s %10s %10s%n", "op", "rows in", "rows out", "MB/s");
        for (OpConfig oc : recipe.config().process()) {
            Op op = OpRegistry.defaults().require(oc.name()).create(oc.args(), textKey);
            long bytes = 0;
            for (Sample s : samples) {
                String t = s.getString(textKey);
                bytes += t == null ? 0 : t.getBytes(StandardCharsets.UTF_8).length;
            }
            List<Sample> out = new ArrayList<>(samples.size());
            Set<String> seen = new HashSet<>();
            long t0 = System.nanoTime();
            for (Sample s : samples) {
                if (op instanceof Mapper m) {
                    m.process(s);
                    out.add(s);
                } else if (op instanceof Filter f) {
                    f.computeStats(s);
                    if (f.process(s)) {
                        out.add(s);
                    }
                } else if (op instanceof ExpandingMapper x) {
                    out.addAll(x.process(s));
                } else if (op instanceof Deduplicator d) {
                    if (seen.add(d.computeHash(s))) {
                        out.add(s);
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-36s %10d %10d %10.1f%n", oc.name(), samples.size(), out.size(), bytes / 1e6 / seconds);
            samples = out;
        }
    }
}
