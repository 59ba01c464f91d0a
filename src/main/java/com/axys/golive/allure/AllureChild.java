package com.axys.golive.allure;

import com.axys.golive.evidence.OwnerOnly;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The child JVM that runs {@code allure generate}: same java, Allure's own classpath, analytics off
 * ({@code ALLURE_NO_ANALYTICS=true}, set here whatever the environment says: Allure's page template reads only the
 * value {@code true}), no other {@code ALLURE_*} variable and no {@code APP_HOME} (Allure's plugins stay out),
 * name lookups answered from a file that knows only localhost, and {@link Lifeline} as its main so it dies with the
 * harness. Helper files (the lifeline class, the hosts file) go under the run's scratch folder.
 */
final class AllureChild {

    static final String NO_ANALYTICS = "ALLURE_NO_ANALYTICS";
    private static final String LIFELINE_CLASS = Lifeline.class.getName().replace('.', '/') + ".class";

    private final Path home;
    private final Path scratch;
    private final List<String> jvmOptions;
    private final List<Path> classpath;

    AllureChild(Path home, Path scratch, List<String> jvmOptions, List<Path> classpath) {
        this.home = home;
        this.scratch = scratch;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classpath = List.copyOf(classpath);
    }

    /** Runs {@code generate --single-file} and returns its exit status, or empty when it ran out of time. */
    java.util.OptionalInt generate(Path resultsDir, Path reportDir, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(resultsDir, reportDir)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("ALLURE_")); // Allure sees only what the harness sets
        env.remove("APP_HOME");
        env.put(NO_ANALYTICS, "true");
        Process process = builder.start();
        OutputStream lifeline = process.getOutputStream(); // held open until here: its end ends the child
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                return java.util.OptionalInt.empty();
            }
            return java.util.OptionalInt.of(process.exitValue());
        } finally {
            lifeline.close();
            process.destroyForcibly(); // a no-op when it has ended
        }
    }

    List<String> command(Path resultsDir, Path reportDir) throws IOException {
        Path lib = home.resolve("lib");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.add("-Djdk.net.hosts.file=" + hostsFile());
        StringBuilder cp = new StringBuilder().append(lib.resolve("*")).append(File.pathSeparator)
                .append(lib.resolve("config")).append(File.pathSeparator).append(lifelineRoot());
        classpath.forEach(entry -> cp.append(File.pathSeparator).append(entry));
        command.addAll(List.of("-cp", cp.toString(), Lifeline.class.getName(), "io.qameta.allure.CommandLine",
                "generate", "--single-file", "--clean", "--output", reportDir.toString(), resultsDir.toString()));
        return command;
    }

    /** The lifeline's class file alone, under the scratch folder: nothing else of the harness meets Allure's jars. */
    private Path lifelineRoot() throws IOException {
        Path root = scratch.resolve("allure-lifeline");
        Path file = root.resolve(LIFELINE_CLASS);
        OwnerOnly.createDirectories(file.getParent());
        try (InputStream bytes = Lifeline.class.getResourceAsStream("/" + LIFELINE_CLASS)) {
            if (bytes == null) {
                throw new IOException("the harness lacks " + LIFELINE_CLASS);
            }
            OwnerOnly.write(file, bytes.readAllBytes());
        }
        return root;
    }

    /** Allure needs no name at all; should it ask for one, only localhost resolves, and nothing reaches DNS. */
    private Path hostsFile() throws IOException {
        OwnerOnly.createDirectories(scratch);
        return OwnerOnly.writeString(scratch.resolve("allure-hosts"), "127.0.0.1 localhost\n::1 localhost\n");
    }

    static boolean exists(Path reportDir) {
        return Files.exists(reportDir.resolve("index.html"));
    }
}
