package io.djflink.job;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The job's human-readable log in {@code logs/}: everything dj-flink and Flink log at INFO and
 * above during the run, whatever the console shows. Only for an embedded run, where this process
 * owns Log4j; under {@code flink run} Flink's own logging configuration applies.
 */
final class JobLogFile implements AutoCloseable {

    private static final String NAME = "dj-job-file";

    private final Appender appender;

    private JobLogFile(Appender appender) {
        this.appender = appender;
    }

    static JobLogFile attach(Path file) {
        if (!(LogManager.getContext(false) instanceof LoggerContext ctx)) {
            return new JobLogFile(null);
        }
        Configuration config = ctx.getConfiguration();
        PatternLayout layout = PatternLayout.newBuilder().withConfiguration(config)
                .withPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} | %-5level | %c{1} - %msg%n").build();
        FileAppender appender = FileAppender.newBuilder().setName(NAME).withFileName(file.toString())
                .setLayout(layout).setConfiguration(config).build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.INFO, null);
        ctx.updateLoggers();
        return new JobLogFile(appender);
    }

    @Override
    public void close() {
        if (appender == null || !(LogManager.getContext(false) instanceof LoggerContext ctx)) {
            return;
        }
        ctx.getConfiguration().getRootLogger().removeAppender(NAME);
        ctx.updateLoggers();
        appender.stop();
    }
}
