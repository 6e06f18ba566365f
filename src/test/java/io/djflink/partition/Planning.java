package io.djflink.partition;

import io.djflink.config.PartitionMode;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.OnCorruptLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plans and reads partitions the way a job does, with DataJuicer's default keys. */
final class Planning {

    static final ModalityDetector DEFAULT_KEYS = new ModalityDetector("text", "images", "audios", "videos");
    static final Path DEMOS = Path.of("/work/shared/data/datajuicer-demos");

    private Planning() {
    }

    static PartitionTable manual(Object datasetPath, int partitions) throws IOException {
        PartitionSettings settings = new PartitionSettings(PartitionMode.MANUAL, partitions, 256, 5000, 256);
        return new PartitionPlanner(datasetPath.toString(), settings, 2, DEFAULT_KEYS, List.of()).plan();
    }

    static PartitionTable auto(Object datasetPath, int np, int targetSizeMb, List<String> ops) throws IOException {
        PartitionSettings settings = new PartitionSettings(PartitionMode.AUTO, 4, targetSizeMb, 5000, 256);
        return new PartitionPlanner(datasetPath.toString(), settings, np, DEFAULT_KEYS, ops).plan();
    }

    static List<InputRow> read(Partition partition, long rowsAlreadyRead) throws IOException {
        List<InputRow> rows = new ArrayList<>();
        try (PartitionReader reader = PartitionReader.open(partition, rowsAlreadyRead, OnCorruptLine.FAIL)) {
            InputRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<InputRow> readAll(PartitionTable table) throws IOException {
        List<InputRow> rows = new ArrayList<>();
        for (Partition p : table.partitions()) {
            rows.addAll(read(p, 0));
        }
        return rows;
    }

    /** Writes {@code {"text": "<text i>", "n": i}} lines for the given texts. */
    static Path writeTexts(Path file, List<String> texts, int firstN) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            s.append("{\"text\": \"").append(texts.get(i)).append("\", \"n\": ").append(firstN + i).append("}\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, s);
        return file;
    }

    static Path writeNumbered(Path file, int rows, int firstN) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            texts.add("row " + (firstN + i));
        }
        return writeTexts(file, texts, firstN);
    }
}
