package com.axys.golive.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bundle fields are named once, by the records of this package: a string-keyed read or write of one of the streams'
 * own field names ({@code .path("seq")}, {@code .put("scenario", …)}) outside it is refused, as the domain
 * independence test refuses WireMock in the simulator's domain. The files below still do so (reading the proxy's
 * records, the selection and chaos files, or the streams through their own code) and are the migration still to do:
 * a file may leave the list, none may join it, and one that no longer reads by string must be struck from it.
 */
final class BundleFieldReadsTest {

    private static final Path SOURCES = Path.of("src/main/java/com/axys/golive");
    private static final Pattern READ = Pattern.compile("\\.(path|get|has|put|set|remove)\\(\"(seq|scenario|feature"
            + "|checklist|operationId|pathTemplate|durationMs|negativeTest|contract|callSeq|allowedByStateMachine"
            + "|continues|resume|observedAt|classification)\"");

    /** Still reading bundle fields by string: the rest of issue 7's migration. */
    private static final Set<String> NOT_YET = Set.of(
            "launch/VerificationTableText.java", "proxy/ProxyCoverage.java", "proxy/ProxyRecorder.java",
            "report/BundleReader.java", "report/ShardedRun.java", "run/Continuation.java",
            "runner/SelectionRecord.java", "simulator/wiremock/InjectedFault.java", "steps/DeclineHooks.java",
            "steps/DeclineRules.java", "steps/EscalationSteps.java", "steps/EvidenceReader.java",
            "steps/IpRefusalSteps.java", "steps/ThreeDSecureSteps.java", "verification/ChainCheck.java");

    @Test
    void noNewStringKeyedReadOfABundleFieldOutsideTheModel() throws IOException {
        Set<String> reading = readers();
        assertThat(reading).as("files reading bundle fields by string (%s)", SOURCES.toAbsolutePath())
                .isSubsetOf(NOT_YET);
        assertThat(new TreeSet<>(NOT_YET)).as("files that no longer read by string: strike them from NOT_YET")
                .isSubsetOf(reading);
    }

    @Test
    void theCheckSeesAStringKeyedRead() {
        assertThat(READ.matcher("long seq = line.path(\"seq\").asLong();").find()).isTrue();
        assertThat(READ.matcher("out.put(\"scenario\", name);").find()).isTrue();
        assertThat(READ.matcher("answer.path(\"cardholderId\")").find()).as("an API answer's field").isFalse();
    }

    private static Set<String> readers() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                if (!relative.startsWith("evidence/bundle/") && READ.matcher(Files.readString(f)).find()) {
                    found.add(relative);
                }
            }
        }
        return found;
    }
}
