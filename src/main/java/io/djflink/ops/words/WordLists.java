package io.djflink.ops.words;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.djflink.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Word lists by language, as DataJuicer's {@code load_words_asset} reads them: JSON files mapping a
 * language to a list of words, lists from several files concatenated per language, and an
 * {@code "all"} list of every language's words unless a file defines one.
 *
 * <p>DataJuicer downloads its lists on first use. dj-flink ships BigScience's stopwords and flagged
 * words instead ({@link #bundled}), and reads a user's directory the way DataJuicer does
 * ({@link #fromDirectory}). Lookup is by exact string, like DataJuicer's {@code word in list}.
 */
public final class WordLists {

    /** DataJuicer's list of every language's words. */
    public static final String ALL = "all";

    private static final Map<String, WordLists> BUNDLED = new ConcurrentHashMap<>();

    private final String source;
    private final Map<String, Set<String>> byLanguage;

    private WordLists(String source, Map<String, List<String>> lists) {
        this.source = source;
        if (!lists.containsKey(ALL)) {
            List<String> all = new ArrayList<>();
            lists.values().forEach(all::addAll);
            lists.put(ALL, all);
        }
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        lists.forEach((lang, words) -> sets.put(lang, Collections.unmodifiableSet(new HashSet<>(words))));
        this.byLanguage = Collections.unmodifiableMap(sets);
    }

    /**
     * The list shipped with dj-flink, loaded once per JVM: {@code bigscience_<wordsType>.json} next
     * to this class.
     *
     * @param wordsType {@code stopwords} or {@code flagged_words}
     */
    public static WordLists bundled(String wordsType) {
        return BUNDLED.computeIfAbsent(wordsType, WordLists::loadBundled);
    }

    /**
     * Every {@code *.json} file in {@code directory} whose name contains {@code wordsType}, in name
     * order.
     *
     * @throws IllegalArgumentException naming the directory or file when there is no such file or a
     *     file is not a JSON object of word lists
     */
    public static WordLists fromDirectory(Path directory, String wordsType) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("'" + directory + "' is not a directory");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> isWordListFile(p, wordsType)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list '" + directory + "'", e);
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                addLists(lists, in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read '" + file + "'", e);
            }
        }
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("'" + directory + "' has no *.json file with '" + wordsType
                    + "' in its name that holds word lists (DataJuicer would download its own list there)");
        }
        return new WordLists(directory.toString(), lists);
    }

    /** The words of one language, or {@code null} when there is no list for it. */
    public Set<String> forLanguage(String language) {
        return byLanguage.get(language);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** Where the lists come from: a directory, or the bundled resource. */
    public String source() {
        return source;
    }

    private static boolean isWordListFile(Path path, String wordsType) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") && name.contains(wordsType) && Files.isRegularFile(path);
    }

    private static WordLists loadBundled(String wordsType) {
        String resource = "bigscience_" + wordsType + ".json";
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            addLists(lists, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return new WordLists("dj-flink's bundled " + resource, lists);
    }

    private static void addLists(Map<String, List<String>> lists, InputStream in, String origin) throws IOException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException("'" + origin + "'" + (at == null ? "" : ":" + at.getLineNr() + ":"
                    + at.getColumnNr()) + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("'" + origin + "': expected a JSON object mapping languages to word "
                    + "lists");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            lists.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                    .addAll(words(entry.getValue(), origin, entry.getKey()));
        }
    }

    /** The strings of a list; other entries can never equal a word, as in DataJuicer's {@code word in list}. */
    private static List<String> words(JsonNode list, String origin, String language) {
        if (!list.isArray()) {
            throw new IllegalArgumentException("'" + origin + "': the value of '" + language + "' is not a list");
        }
        List<String> words = new ArrayList<>(list.size());
        for (JsonNode word : list) {
            if (word.isTextual()) {
                words.add(word.asText());
            }
        }
        return words;
    }
}
