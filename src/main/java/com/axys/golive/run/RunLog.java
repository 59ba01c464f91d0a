package com.axys.golive.run;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import com.axys.golive.evidence.OwnerOnly;
import com.axys.golive.redaction.RedactionPolicy;
import java.nio.file.Path;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.slf4j.LoggerFactory;

/**
 * The run's structured log, {@code log.jsonl} in the evidence folder: Logback with the logstash JSON encoder, one
 * object per line, flushed per event. Every string value passes through the run's redaction policy (a masking
 * decorator of the encoder), so a library that logs a header or body cannot write a secret.
 */
public final class RunLog implements AutoCloseable {

    private final Logger root;
    private final FileAppender<ILoggingEvent> appender;

    private RunLog(Logger root, FileAppender<ILoggingEvent> appender) {
        this.root = root;
        this.appender = appender;
    }

    public static RunLog attach(Path file, RedactionPolicy policy) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new RunLog(null, null);
        }
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMasker((ctx, value) -> value instanceof CharSequence text
                ? policy.redactText(text.toString()) : null);
        masking.start();
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.setJsonGeneratorDecorator(masking);
        encoder.setIncludeCallerData(false);
        encoder.start();
        try {
            OwnerOnly.createFile(file); // Logback appends to it, and so keeps its owner-only bits
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the run log " + file, e);
        }
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("golive-run-" + file.getParent().getFileName());
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setImmediateFlush(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return new RunLog(root, appender);
    }

    @Override
    public void close() {
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
