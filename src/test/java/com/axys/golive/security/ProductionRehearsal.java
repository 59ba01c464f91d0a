package com.axys.golive.security;

import com.axys.golive.cli.GoLive;
import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of {@link ProductionRehearsalTest}: started with a JVM-only hosts file that maps Axys's production
 * host to 127.0.0.1, it runs {@code golive run} once per case against a loopback server presenting a production
 * certificate, and prints one JSON line per case: the target and tags given, the exit code, the first error line
 * and every request the server received during that case. Arguments: a work folder, then the cases file (one
 * {@code target<TAB>tags} per line; a target {@code yaml:<url>} is given through golive.yaml's baseUrl with
 * {@code target: staging}; {@code TUNNEL} is the port of a second server, not named production, that answers every
 * request with a redirect to the production one).
 */
public final class ProductionRehearsal {

    private ProductionRehearsal() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        List<String> cases = Files.readAllLines(Path.of(args[1]));
        ThrowawayPki pki = ThrowawayPki.generate(work.resolve("pki"), Clock.systemUTC());
        Path apiKey = Files.writeString(work.resolve("api-key"), "rehearsal-key-" + System.nanoTime());
        ObjectMapper json = new ObjectMapper();
        try (CountingAxysServer server = new CountingAxysServer(pki, List.of("production.api.axyscards.com"));
             CountingAxysServer tunnel = new CountingAxysServer(pki, List.of("tunnel.example.test"),
                     "https://production.api.axyscards.com:" + server.port())) {
            int n = 0;
            for (String line : cases) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                String target = parts[0].replace("TUNNEL", String.valueOf(tunnel.port()))
                        .replace("PORT", String.valueOf(server.port()));
                String tags = parts.length > 1 ? parts[1] : "";
                Path caseDir = Files.createDirectories(work.resolve("case-" + n++));
                List<String> argv = new ArrayList<>(List.of("run", "--cert", "file:" + pki.client().certPem(),
                        "--key", "file:" + pki.client().keyPem(), "--ca-bundle", "file:" + pki.caCertPath(),
                        "--api-key", "file:" + apiKey, "--no-report", "--evidence", caseDir.resolve("evidence")
                                .toString(), "--raise-tickets"));
                if (target.startsWith("yaml:")) {
                    Path yaml = Files.writeString(caseDir.resolve("golive.yaml"), "target: staging\nbaseUrl: "
                            + target.substring(5) + "\n");
                    argv.addAll(List.of("--config", yaml.toString()));
                } else {
                    argv.addAll(List.of("--target", target));
                }
                if (!tags.isEmpty()) {
                    argv.addAll(List.of("--tags", tags));
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                        argv.toArray(String[]::new));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("target", target);
                result.put("tags", tags);
                result.put("exit", code);
                result.put("error", err.toString().lines().filter(l -> l.startsWith("golive:")).findFirst()
                        .orElse(""));
                result.put("requests", server.drain());
                System.out.println(json.writeValueAsString(result));
                System.out.flush();
            }
        }
    }
}
