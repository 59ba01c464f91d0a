package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Allure child's main: it runs the real main, and ends the JVM as soon as its parent's pipe closes. */
@Tag("security")
final class LifelineTest {

    /** A main that would run for ever. */
    public static final class Forever {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("running " + String.join(" ", args));
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void runsTheNamedMainAndHaltsWhenItsStandardInputCloses() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lifeline.class.getName(), Forever.class.getName(),
                "generate", "--single-file").redirectErrorStream(true).start();
        try {
            String first = new String(child.getInputStream().readNBytes("running generate --single-file".length()));
            assertThat(first).isEqualTo("running generate --single-file");
            assertThat(child.isAlive()).isTrue();

            child.getOutputStream().close(); // what the operating system does when the parent dies

            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child ended").isTrue();
            assertThat(child.exitValue()).isEqualTo(Lifeline.ORPHANED);
        } finally {
            child.destroyForcibly();
        }
    }
}
