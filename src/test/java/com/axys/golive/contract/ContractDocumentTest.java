package com.axys.golive.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped contract itself, read as raw YAML so that these checks do not depend on the catalog's own walk:
 * it parses, every node that must carry a provenance mark does, and its operations are docs/api-decisions.md's.
 */
final class ContractDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Map<String, String> DEPRECATED = Map.of(
            "depositCard", "POST /cards/{cardId}/deposit",
            "depositWallet", "POST /wallets/{walletId}/deposit",
            "registerWalletAddress", "POST /cardholders/{cardholderId}/register-wallet-address");

    private static JsonNode yaml;

    @BeforeAll
    static void readRawYaml() throws IOException {
        yaml = new ObjectMapper(new YAMLFactory()).readTree(ContractDocument.fromClasspath().text());
    }

    @Test
    void parsesAsOpenApi303WithoutParserMessages() {
        ContractDocument document = ContractDocument.fromClasspath();

        assertThat(document.api().getOpenapi()).isEqualTo("3.0.3");
        assertThat(document.api().getServers()).extracting(server -> server.getUrl()).containsExactly(
                "https://production.api.axyscards.com/v2", "https://staging.api.axyscards.com/v2");
    }

    @Test
    void rejectsTextThatIsNotOpenApi() {
        assertThatThrownBy(() -> ContractDocument.parse("openapi: 3.0.3\ninfo: {title: t}\npaths: {oops: 1}\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not parse as OpenAPI 3.0");
    }

    @Test
    void authenticatesWithTheApiKeyHeaderAndNamesMtlsAsTransport() {
        JsonNode scheme = yaml.at("/components/securitySchemes/apiKey");

        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asText()).isEqualTo("header");
        assertThat(scheme.path("name").asText()).isEqualTo("X-API-Key");
        assertThat(scheme.path("description").asText()).contains("mTLS");
        assertThat(yaml.at("/security/0").has("apiKey")).isTrue();
    }

    @Test
    void marksEveryOperationResponseParameterAndHeader() {
        List<String> unmarked = new ArrayList<>();
        yaml.path("paths").properties().forEach(path -> {
            path.getValue().path("parameters").forEach(p -> requireMark(p, path.getKey() + " parameter", unmarked));
            path.getValue().properties().forEach(entry -> {
                if (!METHODS.contains(entry.getKey())) {
                    return;
                }
                JsonNode operation = entry.getValue();
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                requireMark(operation, where, unmarked);
                operation.path("parameters").forEach(p -> requireMark(p, where + " parameter", unmarked));
                operation.path("responses").properties().forEach(response ->
                        requireMark(response.getValue(), where + " response " + response.getKey(), unmarked));
            });
        });
        yaml.at("/components/responses").properties().forEach(response -> {
            requireMark(response.getValue(), "components.responses." + response.getKey(), unmarked);
            response.getValue().path("headers").properties().forEach(header -> requireMark(header.getValue(),
                    "components.responses." + response.getKey() + " header " + header.getKey(), unmarked));
        });
        yaml.at("/components/parameters").properties().forEach(parameter ->
                requireMark(parameter.getValue(), "components.parameters." + parameter.getKey(), unmarked));

        assertThat(unmarked).isEmpty();
    }

    @Test
    void marksEverySchemaPropertyRecursively() {
        List<String> unmarked = new ArrayList<>();
        List<String> propertiesSeen = new ArrayList<>();

        markedProperties(yaml, "", unmarked, propertiesSeen);

        assertThat(propertiesSeen).hasSizeGreaterThan(200);
        assertThat(unmarked).isEmpty();
    }

    @Test
    void usesOnlyTheTwoMarksAndGivesEveryInferredMarkAReason() {
        List<String> problems = new ArrayList<>();

        everyMark(yaml, "", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void neverForbidsUnknownFields() {
        List<String> closed = new ArrayList<>();

        forEachNode(yaml, "", (node, where) -> {
            if (node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
                    && !node.get("additionalProperties").asBoolean()) {
                closed.add(where);
            }
        });

        assertThat(closed).isEmpty();
    }

    @Test
    void definesExactlyTheOperationsOfTheApiDecisionsTableWhichMarksTheDeprecatedOnes() throws IOException {
        Map<String, String> decided = decisionsTable();
        Map<String, String> inContract = new TreeMap<>();
        Map<String, Boolean> deprecated = new TreeMap<>();
        yaml.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                String id = entry.getValue().path("operationId").asText();
                inContract.put(id, entry.getKey().toUpperCase() + " " + path.getKey());
                deprecated.put(id, entry.getValue().path("deprecated").asBoolean(false));
            }
        }));
        assertThat(decided).hasSize(35).containsAllEntriesOf(DEPRECATED);
        assertThat(inContract).isEqualTo(decided);
        for (String line : Files.readAllLines(Path.of("docs/api-decisions.md"))) {
            DEPRECATED.keySet().stream().filter(id -> line.startsWith("| " + id + " |")).forEach(id ->
                    assertThat(line).as("the decisions row of " + id).contains("**deprecated**"));
        }
        deprecated.forEach((id, flag) -> assertThat(flag).as("deprecated flag of " + id)
                .isEqualTo(DEPRECATED.containsKey(id)));
    }

    @Test
    void listsTheCommonErrorStatusesOnEveryOperation() {
        yaml.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                List<String> statuses = new ArrayList<>();
                entry.getValue().path("responses").properties().forEach(status -> statuses.add(status.getKey()));
                assertThat(statuses).as(entry.getValue().path("operationId").asText())
                        .contains("200", "400", "401", "403", "404", "429", "500", "503");
            }
        }));
    }

    /** operationId -> "METHOD /path" from the table "Resources (operationId, method, path under /v2, ...)". */
    private static Map<String, String> decisionsTable() throws IOException {
        Pattern row = Pattern.compile("^\\| (\\w+) \\| (GET|POST|PUT|DELETE|PATCH) (/\\S*) \\|");
        Map<String, String> table = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/api-decisions.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                table.put(matcher.group(1), matcher.group(2) + " " + matcher.group(3));
            }
        }
        return table;
    }

    private static void requireMark(JsonNode node, String where, List<String> unmarked) {
        if (!node.has("$ref") && !node.has("x-source")) {
            unmarked.add(where);
        }
    }

    private static void markedProperties(JsonNode node, String where, List<String> unmarked, List<String> seen) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(property -> {
                    String name = where + ".properties." + property.getKey();
                    seen.add(name);
                    if (!property.getValue().has("x-source") || property.getValue().has("$ref")) {
                        unmarked.add(name);
                    }
                });
            }
            node.properties().forEach(child ->
                    markedProperties(child.getValue(), where + "." + child.getKey(), unmarked, seen));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                markedProperties(node.get(i), where + "[" + i + "]", unmarked, seen);
            }
        }
    }

    private static void everyMark(JsonNode root, String start, List<String> problems) {
        forEachNode(root, start, (node, where) -> {
            if (!node.has("x-source")) {
                return;
            }
            String mark = node.get("x-source").asText();
            if (!mark.equals("documented") && !mark.equals("inferred")) {
                problems.add(where + " has x-source '" + mark + "'");
            }
            if (mark.equals("inferred") && node.path("x-reason").asText().isBlank()) {
                problems.add(where + " is inferred without x-reason");
            }
            if (node.has("x-reason") && node.get("x-reason").asText().contains("\n")) {
                problems.add(where + " has a multi-line x-reason");
            }
        });
    }

    private interface NodeVisitor {
        void visit(JsonNode node, String where);
    }

    private static void forEachNode(JsonNode node, String where, NodeVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, where);
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                forEachNode(child.getValue(), where + "." + child.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachNode(node.get(i), where + "[" + i + "]", visitor);
            }
        }
    }
}
