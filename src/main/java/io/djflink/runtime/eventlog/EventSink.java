package io.djflink.runtime.eventlog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's one event sink: appends the events that operators emit on their side outputs to the
 * run's event log as they happen (one write per line, so a monitor following the file never sees
 * half an event), and mirrors each into the human-readable log.
 */
public final class EventSink implements Sink<String> {

    private static final long serialVersionUID = 1L;
    private static final Logger EVENTS_LOG = LoggerFactory.getLogger("io.djflink.events");

    private final String eventFile;

    public EventSink(Path eventFile) {
        this.eventFile = eventFile.toString();
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) throws IOException {
        FileChannel channel = FileChannel.open(Path.of(eventFile), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new SinkWriter<>() {
            @Override
            public void write(String event, Context ctx) throws IOException {
                ByteBuffer line = ByteBuffer.wrap((event + "\n").getBytes(StandardCharsets.UTF_8));
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                EVENTS_LOG.info(event);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException {
                channel.force(false);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
