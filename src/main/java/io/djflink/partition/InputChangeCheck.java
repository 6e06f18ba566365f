package io.djflink.partition;

import io.djflink.storage.input.InputFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether a resumed job may reuse its partitions (and so its checkpoints): the input must
 * have the same files with the same sizes, and every file whose modification time changed must
 * still hash to the same partitions, so that a file touched but not changed does not block a resume.
 */
public final class InputChangeCheck {

    private static final String PREFIX = "input changed since the job started: ";
    private static final String SUFFIX = "; refusing to resume, checkpoints left untouched";

    private InputChangeCheck() {
    }

    /** @param current the input files as {@code InputDiscovery} finds them now */
    public static InputCheckResult check(PartitionTable table, List<InputFile> current) throws IOException {
        if (!ContentHash.ALGORITHM.equals(table.hashAlgorithm())) {
            return changed("the partition table was hashed with " + table.hashAlgorithm() + ", this version hashes with "
                    + ContentHash.ALGORITHM + ", so the input cannot be compared", List.of());
        }
        Map<String, InputFile> now = current.stream().collect(Collectors.toMap(InputFile::path, Function.identity()));
        Set<String> before = table.files().stream().map(InputFile::path).collect(Collectors.toSet());
        for (InputFile file : table.files()) {
            if (!now.containsKey(file.path())) {
                return changed(file.path() + " is gone", List.of());
            }
        }
        for (InputFile file : current) {
            if (!before.contains(file.path())) {
                return changed(file.path() + " is new", List.of());
            }
        }
        Set<Integer> rehashed = new LinkedHashSet<>();
        for (InputFile then : table.files()) {
            InputFile file = now.get(then.path());
            if (file.size() == then.size() && file.modified().equals(then.modified())) {
                continue;
            }
            for (Partition partition : table.partitions()) {
                if (partition.readsFrom(file.path()) && rehashed.add(partition.id())
                        && !ContentHash.recompute(partition).equals(partition.contentHash())) {
                    return changed(file.path() + " " + partition.describe() + " has a different content hash",
                            rehashed);
                }
            }
            if (file.size() != then.size()) {
                return changed(file.path() + " is " + file.size() + " bytes, was " + then.size(), rehashed);
            }
        }
        return new InputCheckResult(null, new ArrayList<>(rehashed));
    }

    /** Hashes the given partitions again; returns the ids, in order, of those whose content differs. */
    public static List<Integer> partitionsWithChangedContent(PartitionTable table, Collection<Integer> ids)
            throws IOException {
        List<Integer> changed = new ArrayList<>();
        for (int id : new TreeSet<>(ids)) {
            Partition partition = table.partition(id);
            if (!ContentHash.recompute(partition).equals(partition.contentHash())) {
                changed.add(id);
            }
        }
        return changed;
    }

    private static InputCheckResult changed(String what, Collection<Integer> rehashed) {
        return new InputCheckResult(PREFIX + what + SUFFIX, new ArrayList<>(rehashed));
    }
}
