package com.axys.golive.runner;

import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.run.HarnessSessions;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * One of Cucumber's own report formatters, writing into memory instead of a file: when the formatter closes its
 * output at the end of the run, the document is redacted with the run's policy and only then written to the file
 * (through a temporary file beside it, moved into place), so nothing unredacted ever reaches the disk. A document
 * that cannot be redacted is not written at all. Best-effort, like every report: a failure is logged, the run goes on.
 */
abstract class RedactedReport implements ConcurrentEventListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RedactedReport.class);

    private final Path file;
    private final ConcurrentEventListener formatter;
    private RedactionPolicy policy;

    /** @param formatter makes Cucumber's formatter on the given output stream, e.g. {@code JUnitFormatter::new} */
    RedactedReport(String file, Function<OutputStream, ConcurrentEventListener> formatter) {
        this.file = Path.of(file).toAbsolutePath();
        this.formatter = formatter.apply(new Buffer());
    }

    /** The document redacted for this format; throws when it cannot be read (nothing is written then). */
    abstract String redact(String document, RedactionPolicy policy) throws Exception;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> policy = HarnessSessions.current().policy());
        formatter.setEventPublisher(publisher);
    }

    private void publish(byte[] raw) {
        try {
            byte[] redacted = redact(new String(raw, StandardCharsets.UTF_8), policy)
                    .getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".golive-", ".tmp");
            try {
                Files.write(temp, redacted);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (Exception e) {
            LOG.warn("report {} not written: {}", file, e.getMessage());
        }
    }

    /** Collects the formatter's output; its close is the formatter's end of the run. */
    private final class Buffer extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                publish(toByteArray());
                reset();
            }
        }
    }
}
