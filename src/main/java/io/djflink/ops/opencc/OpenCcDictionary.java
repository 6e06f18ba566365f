package io.djflink.ops.opencc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One OpenCC dictionary: phrases and their replacements, searched for the longest phrase that
 * starts at a given position (OpenCC's {@code MatchPrefix}). Immutable and shared between threads;
 * each dictionary is read once per JVM from the resource {@code <name>.txt} next to this class.
 *
 * <p>The phrases form a trie whose edges, (node, UTF-16 unit) to child node, live in one
 * open-addressing table of primitives, so a search allocates nothing.
 */
public final class OpenCcDictionary {

    private static final Map<String, OpenCcDictionary> LOADED = new ConcurrentHashMap<>();

    private final String name;
    /** Edge keys: {@code (node << 16 | unit) + 1}; 0 marks a free slot. */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    /** Per node: the replacement of the phrase ending there, or {@code null}. */
    private final String[] replacements;
    /** Per node: the phrase length in UTF-16 units. */
    private final int[] depths;

    private OpenCcDictionary(String name, List<String[]> entries) {
        this.name = name;
        int maxNodes = 1;
        for (String[] entry : entries) {
            maxNodes += entry[0].length();
        }
        int capacity = Integer.highestOneBit(Math.max(16, maxNodes * 2) - 1) << 1;
        this.edgeKeys = new long[capacity];
        this.edgeTargets = new int[capacity];
        this.mask = capacity - 1;
        String[] values = new String[maxNodes];
        int[] depth = new int[maxNodes];
        int nodes = 1;
        for (String[] entry : entries) {
            int node = 0;
            String phrase = entry[0];
            for (int i = 0; i < phrase.length(); i++) {
                int child = child(node, phrase.charAt(i));
                if (child < 0) {
                    child = nodes++;
                    depth[child] = i + 1;
                    addEdge(node, phrase.charAt(i), child);
                }
                node = child;
            }
            values[node] = entry[1];
        }
        this.replacements = values;
        this.depths = depth;
    }

    /** The dictionary of OpenCC 1.1.9 with this file name (without {@code .ocd2}). */
    public static OpenCcDictionary named(String name) {
        return LOADED.computeIfAbsent(name, OpenCcDictionary::load);
    }

    public String name() {
        return name;
    }

    /**
     * The node of the longest phrase that {@code text[start:end]} starts with, or -1 when no phrase
     * does.
     */
    int longestMatch(CharSequence text, int start, int end) {
        int node = 0;
        int best = -1;
        for (int i = start; i < end; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (replacements[node] != null) {
                best = node;
            }
        }
        return best;
    }

    /** The length, in UTF-16 units, of the phrase a {@link #longestMatch} found. */
    int phraseLength(int match) {
        return depths[match];
    }

    /** OpenCC's {@code GetDefault}: the first replacement listed for the phrase. */
    String replacement(int match) {
        return replacements[match];
    }

    private int child(int node, char unit) {
        long key = edgeKey(node, unit);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeTargets[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private void addEdge(int node, char unit, int child) {
        long key = edgeKey(node, unit);
        int slot = slot(key);
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = child;
    }

    private static long edgeKey(int node, char unit) {
        return (((long) node << 16) | unit) + 1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static OpenCcDictionary load(String name) {
        String resource = name + ".txt";
        InputStream in = OpenCcDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the class path");
        }
        List<String[]> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected phrase<TAB>values, got '"
                            + line + "'");
                }
                int space = line.indexOf(' ', tab + 1);
                entries.add(new String[] {line.substring(0, tab), line.substring(tab + 1, space < 0 ? line.length()
                        : space)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC dictionary " + resource, e);
        }
        return new OpenCcDictionary(name, entries);
    }

    @Override
    public String toString() {
        return name;
    }
}
