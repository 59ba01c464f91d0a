package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.axys.golive.HarnessException;
import com.axys.golive.redaction.Luhn;
import com.axys.golive.redaction.SensitiveValues;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class LeakScannerTest {

    private static final String PAN = "4111111111111111";
    private static final String API_KEY = "ak_live_Zq81mXc0pL2v";

    @TempDir
    Path dir;

    private final LeakScanner scanner = new LeakScanner();

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Everything a user could see of the findings: each leak's text and the records' own toString. */
    private static String printed(List<Leak> leaks) {
        return leaks.stream().map(l -> l.text() + " " + l).collect(Collectors.joining("\n"));
    }

    @Test
    void aRealBundleWrittenThroughTheRedactionPolicyIsClean() {
        TestBundles bundles = new TestBundles();
        Path bundle = bundles.complete(dir);

        assertThat(scanner.scan(bundle)).isEmpty();
        assertThat(scanner.scan(bundle, KnownSecrets.of(bundles.secrets()))).isEmpty();
    }

    @Test
    void aPanInsideAStringIsReportedAsPanWithItsPlaceButNotItsValue() throws Exception {
        write("calls.jsonl", "{\"seq\":1,\"message\":\"declined card " + PAN + " at merchant\"}\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("pan");
            assertThat(l.file()).isEqualTo("calls.jsonl");
            assertThat(l.line()).isEqualTo(1);
            assertThat(l.column()).isEqualTo(35);
        });
        assertThat(printed(leaks)).doesNotContain(PAN).doesNotContain(PAN.substring(0, 6))
                .doesNotContain(PAN.substring(PAN.length() - 4));
    }

    /** A stream past {@link LeakScanner#STREAM_FROM} is scanned line by line: the same findings, the same places. */
    @Test
    void aLargeStreamIsScannedLineByLineWithTheSamePlaces() throws Exception {
        String clean = "{\"seq\":1,\"message\":\"card [REDACTED:pan] answered 200\",\"padding\":\""
                + "x".repeat(900) + "\"}\n";
        StringBuilder text = new StringBuilder();
        long lines = LeakScanner.STREAM_FROM / clean.length() + 10;
        for (long i = 1; i <= lines; i++) {
            text.append(i == lines - 3 ? "{\"seq\":2,\"message\":\"declined card " + PAN + " at merchant\"}\n"
                    : clean);
        }
        text.append("{\"cardId\":7, \"cvv\":\"123\"}"); // a last line without its newline is scanned too
        Path big = write("calls.jsonl", text.toString());
        assertThat(Files.size(big)).isGreaterThan(LeakScanner.STREAM_FROM);

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).hasSize(2);
        assertThat(leaks.get(0)).satisfies(l -> {
            assertThat(l.kind()).isEqualTo("pan");
            assertThat(l.line()).isEqualTo(lines - 3);
            assertThat(l.column()).isEqualTo(35);
        });
        assertThat(leaks.get(1).line()).isEqualTo(lines + 1);
        assertThat(leaks.get(1).kind()).isEqualTo("cvv");
    }

    @Test
    void anUnredactedCvvFieldIsReportedWithoutItsValue() throws Exception {
        write("errors.jsonl", "{\"a\":1}\n{\"cardId\":7, \"cvv\":\"123\"}\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::kind, Leak::line, Leak::column).containsExactly(
                tuple("cvv", 2L, 21));
        assertThat(printed(leaks)).doesNotContainPattern("\\b123\\b");
    }

    @Test
    void aPemPrivateKeyBlockIsReportedAsPrivateKey() throws Exception {
        write("log.jsonl", "{\"msg\":\"loaded\"}\n-----BEGIN RSA PRIVATE" + " KEY-----\nMIIEpAIBAAKCAQEAx8k\n"
                + "-----END RSA PRIVATE" + " KEY-----\n");
        write("report/key.txt", "{\"pem\":\"-----BEGIN PRIVATE" + " KEY-----\\nMIIEvQIBADANBg\\n\"}\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::file, Leak::kind).containsExactly(
                tuple("log.jsonl", "private-key"),
                tuple("report/key.txt", "private-key"));
        assertThat(printed(leaks)).doesNotContain("MIIE");
    }

    @Test
    void aKnownApiKeyIsFoundAnywhereAndReportedByItsCategoryWithoutTheValue() throws Exception {
        write("summary.md", "Run by curl -H 'X-Api-Token " + API_KEY + "' against staging\n");
        SensitiveValues values = new SensitiveValues();
        values.add("api-key", API_KEY);

        List<Leak> categorised = scanner.scan(dir, KnownSecrets.of(values));
        List<Leak> uncategorised = scanner.scan(dir, Set.of(API_KEY));

        assertThat(categorised).singleElement().extracting(Leak::kind).isEqualTo("api-key");
        assertThat(uncategorised).singleElement().extracting(Leak::kind).isEqualTo("known-secret");
        assertThat(scanner.scan(dir)).as("no shape to recognise without the value").isEmpty();
        assertThat(printed(categorised) + printed(uncategorised)).doesNotContain(API_KEY)
                .doesNotContain(API_KEY.substring(0, 6));
    }

    @Test
    void credentialHeadersInJsonAndInTextAreApiKeyLeaksUnlessRedacted() throws Exception {
        write("calls.jsonl", "{\"request\":{\"headers\":{\"X-API-Key\":\"" + API_KEY + "\"}}}\n"
                + "{\"request\":{\"headers\":{\"X-API-Key\":\"[REDACTED:api-key]\"}}}\n");
        write("summary.md", "curl -H 'X-API-Key: " + API_KEY + "' https://h/v2\ncurl -H 'X-API-Key: "
                + "[REDACTED:api-key]'\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::file, Leak::line, Leak::kind).containsExactly(
                tuple("calls.jsonl", 1L, "api-key"),
                tuple("summary.md", 1L, "api-key"));
    }

    @Test
    void everySecretFieldKindIsNamedAndMarkersNullsAndErrorCodesAreNot() throws Exception {
        write("x.json", String.join("\n",
                "{\"pan\":\"" + PAN + "\",\"newPin\":\"4321\",\"expYear\":\"2029\",\"code\":\"552901\"}",
                "{\"token\":\"tok_abcdef\",\"password\":\"hunter22\",\"privateKey\":\"MIIB\","
                        + "\"x-api-key\":\"k1k2k3k4\"}",
                "{\"cardNumber\":\"[REDACTED:pan]\",\"token\":\"[REDACTED:token#0123456789ab]\",\"cvv\":null,"
                        + "\"code\":\"NOT_FOUND\",\"pin\":\"\",\"otp\":\"[REDACTED:otp]\"}"));

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::line, Leak::kind).containsExactly(
                tuple(1L, "pan"), tuple(1L, "pin"),
                tuple(1L, "expiry"), tuple(1L, "otp"),
                tuple(2L, "token"), tuple(2L, "password"),
                tuple(2L, "private-key"),
                tuple(2L, "api-key"));
        assertThat(printed(leaks)).doesNotContain("4321").doesNotContain("552901").doesNotContain("hunter22")
                .doesNotContain("tok_abcdef").doesNotContain("k1k2k3k4");
    }

    @Test
    void aSecretFieldInsideEscapedJsonIsFound() throws Exception {
        write("calls.jsonl", "{\"response\":{\"body\":\"{\\\"status\\\":\\\"ok\\\",\\\"cvv\\\":\\\"321\\\"}\"}}\n");

        assertThat(scanner.scan(dir)).singleElement().extracting(Leak::kind).isEqualTo("cvv");
    }

    @Test
    void hexHashesNonLuhnNumbersAndEpochTimestampsAreNotPans() throws Exception {
        write("manifest.json", String.join("\n",
                "{\"prevHash\":\"a1234567890123456b\",\"sha256\":\"4111111111111111ab\"}",
                "{\"id\":2234567890123,\"start\":1732618500125,\"micros\":1732618500123452}",
                "{\"cardRef\":\"x" + PAN + "\"}"));

        assertThat(scanner.scan(dir)).isEmpty();
    }

    @Test
    void surefireCompactTimestampsAreNotPansButA16DigitNumberStartingWith20Is() throws Exception {
        // 20261203082543101 passes Luhn: Surefire names its booter jar after such a timestamp, and one CI run in
        // ten failed its own scan on it.
        write("TEST-x.xml", "<property name=\"sun.java.command\" value=\"/w/target/surefire/"
                + "surefirebooter-20261203082543101_3.jar /w/target/surefire 2026-12-03T08-25-43_056-jvmRun1\"/>\n"
                + "<property name=\"stamp\" value=\"20261203082502\"/>\n");
        assertThat(scanner.scan(dir)).isEmpty();

        write("TEST-y.xml", "<property name=\"card\" value=\"2026120308254301\"/>\n");
        assertThat(scanner.scan(dir)).extracting(Leak::kind).containsExactly("pan");
    }

    @Test
    void aKnownSecretEmbeddedMidLineIsCaughtWhereItStartsInTextInJsonAndInALargeStream() throws Exception {
        String secret = "opaque7Token9Value";
        String line = "{\"seq\":7,\"note\":\"retry with prefix" + secret + "suffix after 3 s\"}";
        write("summary.md", "see " + line + "\n");
        StringBuilder stream = new StringBuilder();
        String filler = "{\"seq\":1,\"note\":\"" + "y".repeat(200) + "\"}\n";
        while (stream.length() <= LeakScanner.STREAM_FROM) {
            stream.append(filler);
        }
        long fillerLines = stream.length() / filler.length();
        stream.append(line).append('\n');
        write("calls.jsonl", stream.toString());

        List<Leak> leaks = scanner.scan(dir, Set.of(secret));

        int column = line.indexOf(secret) + 1;
        assertThat(leaks).extracting(Leak::file, Leak::line, Leak::column, Leak::kind).containsExactly(
                tuple("calls.jsonl", fillerLines + 1, column, "known-secret"),
                tuple("summary.md", 1L, column + 4, "known-secret"));
        assertThat(scanner.scan(dir)).as("no shape to recognise without the value").isEmpty();
    }

    @Test
    void fiftyThousandKnownSecretsAreAllSearchedAndNoNearMissIsReported() throws Exception {
        java.util.Random random = new java.util.Random(50_000L);
        List<String> secrets = new java.util.ArrayList<>();
        Set<String> distinct = new java.util.HashSet<>();
        while (secrets.size() < 50_000) {
            StringBuilder value = new StringBuilder("tok_");
            for (int i = 0; i < 16; i++) {
                value.append((char) ('a' + random.nextInt(26)));
            }
            if (distinct.add(value.toString())) {
                secrets.add(value.toString());
            }
        }
        List<String> leaked = List.of(secrets.get(0), secrets.get(24_999), secrets.get(49_999));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            // near misses: a value cut short, or with its last letter changed, is no secret of this run
            String near = secrets.get(i * 250);
            String changed = near.substring(0, near.length() - 1) + (near.endsWith("z") ? "y" : "z");
            text.append("{\"a\":\"").append(near, 0, near.length() - 1).append("\",\"b\":\"")
                    .append(distinct.contains(changed) ? "tok_" : changed).append("\"}\n");
        }
        for (String value : leaked) {
            text.append("{\"note\":\"x").append(value).append("y\"}\n");
        }
        write("calls.jsonl", text.toString());

        List<Leak> leaks = scanner.scan(dir, Set.copyOf(secrets));

        assertThat(leaks).extracting(Leak::line, Leak::column, Leak::kind).containsExactly(
                tuple(201L, 11, "known-secret"), tuple(202L, 11, "known-secret"), tuple(203L, 11, "known-secret"));
    }

    @Test
    void aShortKnownValueCountsOnlyWhereItStandsAlone() throws Exception {
        write("calls.jsonl", "{\"prevHash\":\"ab4321cd\",\"message\":\"PIN 4321 rejected\"}\n");

        List<Leak> leaks = scanner.scan(dir, Set.of("4321", "12"));

        assertThat(leaks).singleElement().extracting(Leak::column).isEqualTo(39);
    }

    @Tag("security")
    @Test
    void binaryFilesAreScannedAsBytesAndSiblingFoldersCanBeScannedToo() throws Exception {
        byte[] binary = ("\0PNG\r\n\u001a\n" + "IHDR\0\0 card " + PAN + "\0\0").getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(dir.resolve("run/report"));
        Files.write(dir.resolve("run/report/logo.png"), binary);
        Files.write(dir.resolve("run/notes.txt"), ("\uFEFFcvv: 321\n").getBytes(StandardCharsets.UTF_16LE));
        write("allure-results/a-result.json", "{\"name\":\"card " + PAN + "\"}\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::file, Leak::kind).containsExactly(
                tuple("allure-results/a-result.json", "pan"), tuple("run/notes.txt", "cvv"),
                tuple("run/report/logo.png", "pan"));
        assertThat(printed(leaks)).doesNotContain(PAN.substring(PAN.length() - 4)).doesNotContain("321");
    }

    @Test
    void nothingToScanIsAUsageError() {
        assertThatThrownBy(() -> scanner.scan(dir.resolve("missing")))
                .isInstanceOf(HarnessException.class)
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void knownSecretsNeverPrintTheirValues() {
        assertThat(KnownSecrets.of(Set.of(API_KEY, "abc")).toString()).isEqualTo("KnownSecrets[1 values]");
    }

    // Issue 14 item 8. Parameterized names show the index only: the values must not reach Surefire's reports.

    static Stream<Arguments> formattedPans() {
        return Stream.of(Arguments.of("4111 1111 1111 1111"), Arguments.of("4111-1111-1111-1111"),
                Arguments.of("3782 822463 10005"), Arguments.of("5555-5555-5555-4444 exp 07/29"));
    }

    @Tag("security")
    @ParameterizedTest(name = "[{index}] a card number in groups")
    @MethodSource("formattedPans")
    void aCardNumberWrittenInGroupsIsAPan(String written) throws Exception {
        write("log.jsonl", "{\"msg\":\"declined " + written + "\"}\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("pan");
            assertThat(l.column()).isEqualTo(18);
        });
        assertThat(printed(leaks)).doesNotContain(written.substring(written.length() - 4));
    }

    static Stream<Arguments> freeTextCodes() {
        return Stream.of(Arguments.of("cvv 123", "cvv"), Arguments.of("CVV: 123", "cvv"),
                Arguments.of("cvc=123", "cvv"), Arguments.of("pin 1234", "pin"), Arguments.of("PIN is 2580", "pin"),
                Arguments.of("otp 123456", "otp"), Arguments.of("OTP code 847291", "otp"),
                Arguments.of("card ending in 4242", "last4"), Arguments.of("masked ************4242", "last4"),
                Arguments.of("masked \\*\\*\\*\\*4242", "last4"), Arguments.of("XXXX-XXXX-XXXX-4242", "last4"));
    }

    @Tag("security")
    @ParameterizedTest(name = "[{index}] a code named in free text")
    @MethodSource("freeTextCodes")
    void aCodeNamedInFreeTextIsALeakOfItsKind(String written, String kind) throws Exception {
        write("summary.md", "| Jordan | " + written + " |\n");

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).singleElement().extracting(Leak::kind).isEqualTo(kind);
        assertThat(printed(leaks)).doesNotContainPattern("123|1234|2580|4242|847291");
    }

    @Tag("security")
    @Test
    void lastFourDigitsAreALeakInAFieldOrBehindAMaskButTheirMarkerIsNot() throws Exception {
        write("calls.jsonl", String.join("\n",
                "{\"cardId\":8821,\"maskedCardNumber\":\"************4242\"}",
                "{\"cardId\":8821,\"last4\":\"4242\",\"panLast4\":4242}",
                "{\"cardId\":8821,\"maskedCardNumber\":\"************[REDACTED:last4]\","
                        + "\"last4\":\"[REDACTED:last4]\",\"maskedPan\":\"[REDACTED:last4]\"}",
                "{\"cardId\":8821,\"maskedPan\":\"42[REDACTED:last4]\",\"lastFour\":\"none\"}"));

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::line, Leak::kind).containsExactly(tuple(1L, "last4"), tuple(2L, "last4"),
                tuple(2L, "last4"), tuple(4L, "last4"));
        assertThat(printed(leaks)).doesNotContain("4242");
    }

    @Tag("security")
    @Test
    void gzipFilesAreScannedDecompressedEvenWhenNested() throws Exception {
        byte[] log = ("{\"msg\":\"started\"}\n{\"msg\":\"declined " + PAN + "\"}\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("log.jsonl.gz"), gzip(log));
        Files.write(dir.resolve("old.jsonl.gz.gz"), gzip(gzip(log)));
        Files.write(dir.resolve("clean.gz"), gzip("{\"msg\":\"nothing here\"}\n".getBytes(StandardCharsets.UTF_8)));

        List<Leak> leaks = scanner.scan(dir);

        assertThat(leaks).extracting(Leak::file, Leak::line, Leak::column, Leak::kind).containsExactly(
                tuple("log.jsonl.gz", 2L, 18, "pan"), tuple("old.jsonl.gz.gz", 2L, 18, "pan"));
    }

    @Tag("security")
    @Test
    void gzipDataThatInflatesBeyondTheBoundOrIsDamagedCannotBeProvenCleanAndSaysSo() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int mib = 0; mib < 16; mib++) {
                out.write(zeros);
            }
        }
        Files.write(dir.resolve("bomb.gz"), bomb.toByteArray());
        byte[] damaged = gzip(("card " + PAN + " and more text to cut off").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("damaged.gz"), Arrays.copyOf(damaged, damaged.length - 12));

        List<Leak> leaks = scanner.scan(dir);

        assertThat(bomb.size()).as("the bomb is small on disk").isLessThan(64 << 10);
        assertThat(leaks).extracting(Leak::file, Leak::kind).contains(
                tuple("bomb.gz", "unscannable"), tuple("damaged.gz", "unscannable"));
        assertThat(leaks).filteredOn(l -> l.kind().equals("unscannable"))
                .allSatisfy(l -> assertThat(l.rule()).contains("gzip"));
    }

    // Issue 8 item 8: Allure's generated uids are 13-16 hex digits, now and then all digits and Luhn-valid.

    @Tag("security")
    @Test
    void anAllDigitAllureUidIsNoPanWhereAllureWritesUidsButALearnedPanThereIs() throws Exception {
        String uid = withCheckDigit("736492018573645");
        String parent = withCheckDigit("582091746307719");
        assertThat(Luhn.valid(uid) && Luhn.valid(parent)).isTrue();
        SensitiveValues learned = new SensitiveValues();
        learned.add("pan", PAN);
        writeAllureReport(uid, uid, parent);

        assertThat(scanner.scan(dir, KnownSecrets.of(learned))).as("generated ids where Allure puts them").isEmpty();
        assertThat(scanner.scan(dir)).isEmpty();

        writeAllureReport(uid, PAN, PAN);
        List<Leak> leaks = scanner.scan(dir, KnownSecrets.of(learned));

        assertThat(leaks).extracting(Leak::file, Leak::kind).containsExactly(
                tuple("manifest.json", "pan"),
                tuple("report/data/suites.json", "pan"), tuple("report/data/suites.json", "pan"),
                tuple("report/data/suites.json", "pan"), tuple("report/data/suites.json", "pan"),
                tuple("report/data/test-cases/" + uid + ".json", "pan"));
        assertThat(leaks).allSatisfy(l -> assertThat(l.rule()).isEqualTo("a secret value this run used"));
        assertThat(printed(leaks)).doesNotContain(PAN);
    }

    @Tag("security")
    @Test
    void theSameAllDigitNumberOutsideAGeneratedIdPositionIsAPan() throws Exception {
        String uid = withCheckDigit("736492018573645");
        write("report/data/test-cases/a1.json", "{\"uid\":\"a1\",\"name\":\"card " + uid + "\",\"uidx\":\"" + uid
                + "\",\"file\":\"" + uid + ".jsonx\"}\n");

        assertThat(scanner.scan(dir)).extracting(Leak::kind).containsExactly("pan", "pan", "pan");
    }

    @Tag("security")
    @Test
    void identifiersTheHarnessGeneratesAreNoLeaks() throws Exception {
        String tag = withCheckDigit("2026120340008");
        String surefire = withCheckDigit("2026120308382638");
        write("log.jsonl", "{\"runId\":\"20261203T083010Z-simulator-0fdb30\",\"seq\":763,"
                + "\"ts\":\"2026-12-03T08:30:10.125Z\",\"start\":1732618500125,\"uuid\":\"0b4c7d2e-5f61-4a8b-9c3d-"
                + "2e1f0a9b8c7d\",\"emailAdr\":\"golive-verify+" + tag + "@example.com\",\"cellNum\":\"5551234567\","
                + "\"msg\":\"the PIN of three digits is refused (2194 ms); an OTP read after 300 seconds\"}\n");
        write("TEST-com.axys.golive.FooTest.xml", "<property name=\"sun.java.command\" value=\"target/surefire/"
                + "surefirebooter-" + surefire + "_3.jar surefire-" + surefire + "_1tmp\"/>\n");

        assertThat(Luhn.valid(tag) && Luhn.valid(surefire)).isTrue();
        assertThat(scanner.scan(dir)).isEmpty();
    }

    /**
     * Where Allure's report puts a test case's uid: the test case's own JSON, the suites tree (as uid, parentUid and
     * the file name of the test case) and the manifest's list of files. The file itself is named by {@code fileUid}.
     */
    private void writeAllureReport(String fileUid, String uid, String parentUid) throws Exception {
        try (Stream<Path> old = Files.walk(dir)) {
            old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
        write("report/data/test-cases/" + fileUid + ".json", "{\"uid\":\"" + uid + "\",\"name\":\"Jordan's card\","
                + "\"historyId\":\"0d3c5e3b2a1f4e6d8c9b0a7f6e5d4c3b\",\"time\":{\"start\":1732618500125}}");
        write("report/data/suites.json", "{\"uid\":\"" + parentUid + "\",\"children\":[{\"name\":\"Jordan's card\","
                + "\"uid\":\"" + uid + "\",\"parentUid\":\"" + parentUid + "\",\"status\":\"passed\","
                + "\"source\":\"" + uid + ".json\"}]}");
        write("manifest.json", "{\"files\":[{\"path\": \"report/data/test-cases/" + uid + ".json\", \"size\": 90}]}");
    }

    private static String withCheckDigit(String payload) {
        for (int d = 0; d <= 9; d++) {
            if (Luhn.valid(payload + d)) {
                return payload + d;
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
