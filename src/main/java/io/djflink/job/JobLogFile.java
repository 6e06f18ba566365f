package io.djflink.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
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
        for (LoggerConfig logger : loggersThatEndPropagation(config)) {
            logger.addAppender(appender, Level.INFO, null);
        }
        ctx.updateLoggers();
        return new JobLogFile(appender);
    }

    /** The root logger and every logger whose events do not propagate to it. */
    private static List<LoggerConfig> loggersThatEndPropagation(Configuration config) {
        List<LoggerConfig> out = new ArrayList<>();
        out.add(config.getRootLogger());
        for (LoggerConfig l : config.getLoggers().values()) {
            if (!l.isAdditive() && l != config.getRootLogger()) {
                out.add(l);
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (appender == null || !(LogManager.getContext(false) instanceof LoggerContext ctx)) {
            return;
        }
        for (LoggerConfig logger : loggersThatEndPropagation(ctx.getConfiguration())) {
            logger.removeAppender(NAME);
        }
        ctx.updateLoggers();
        appender.stop();
    }
}
