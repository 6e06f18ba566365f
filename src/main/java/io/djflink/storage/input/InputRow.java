package io.djflink.storage.input;

import io.djflink.ops.Sample;

/**
 * One row read from the input.
 *
 * @param line 1-based line number in its file (for Parquet: the 1-based record number)
 * @param row the dataset-wide, 0-based row index
 * @param file the file it was read from
 */
public record InputRow(long line, long row, Sample sample, String file) {

    /**
     * The file's extension as DataJuicer's loader records it in {@code __dj__suffix__} (Python's
     * {@code os.path.splitext}: {@code ".jsonl"}, {@code ".gz"} for {@code a.jsonl.gz}).
     */
    public String fileSuffix() {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        return dot > start ? name.substring(dot) : "";
    }
}
