package com.axys.golive.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running simulator per test class, emptied before each test: what every over-HTTPS test class needs, in one
 * place. Use as {@code @RegisterExtension static final SharedSimulator SIM = new SharedSimulator();}.
 */
final class SharedSimulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private Path dir;
    private RunningSimulator running;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("golive-sim-test-");
        running = RunningSimulator.start(dir);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running.control().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            running.close();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    RunningSimulator running() {
        return running;
    }

    TestClient client() {
        return running.client;
    }
}
