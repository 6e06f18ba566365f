package io.djflink.testing;

import io.djflink.config.RecipeLoader;
import io.djflink.events.Event;
import io.djflink.events.EventLog;
import io.djflink.job.JobRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs recipes the way {@code dj-process} does (recipe file, overrides, job runner) on the test's
 * Flink cluster, and reads back what a job left behind.
 */
public final class JobHarness {

    private final Path dir;
    private final List<String> console = new ArrayList<>();

    public JobHarness(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes a recipe; {@code ${dir}} in the text becomes the harness directory. */
    public Path recipe(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml.replace("${dir}", dir.toString()));
        return file;
    }

    /**
     * Runs a recipe. Flink's restart strategy is off unless the recipe or the overrides say
     * otherwise, so that a task failure fails the test instead of being retried away.
     */
    public JobRunner.Outcome run(Path recipe, String... overrides) throws Exception {
        List<String> all = new ArrayList<>(List.of("--flink.restart-strategy.type", "none"));
        all.addAll(List.of(overrides));
        var loaded = new RecipeLoader().load(recipe, all);
        return new JobRunner(new JobRunner.Options(Path.of("flink-conf"), console::add)).run(loaded.config());
    }

    public List<String> console() {
        return console;
    }

    public static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Every event of a job, over all its runs, in order. */
    public static List<Event> events(Path jobDir) throws IOException {
        List<Event> all = new ArrayList<>();
        for (Path f : EventLog.files(jobDir)) {
            all.addAll(EventLog.read(f));
        }
        return all;
    }
}
