package com.axys.golive.config;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.secrets.SecretRef;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the run's {@link HarnessConfig} with one precedence rule: command-line flags, then environment variables,
 * then golive.yaml, then defaults. Fails with a usage error that names the file, line and key on a malformed file.
 *
 * <p>Environment variables: {@code AXYS_ENV} (target name), {@code AXYS_BASE_URL} (an https base URL),
 * {@code AXYS_CLIENT_CERT}, {@code AXYS_CLIENT_KEY}, {@code AXYS_CLIENT_P12}, {@code AXYS_CA_BUNDLE} (references or
 * paths; PEM text itself is accepted too), {@code AXYS_CLIENT_KEY_PASSPHRASE}, {@code AXYS_CLIENT_P12_PASSWORD} and
 * {@code AXYS_API_KEY} (the values themselves), {@code AXYS_API_KEY_REF} (a reference), {@code AXYS_PROGRAM_FEATURES}
 * (comma list) and {@code GOLIVE_EVIDENCE_DIR}.
 */
public final class ConfigLoader {

    public static final String DEFAULT_FILE = "golive.yaml";

    private final Map<String, String> env;
    private final Path workingDir;

    public ConfigLoader(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
    }

    public static ConfigLoader system() {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
    }

    public HarnessConfig load(ConfigOverrides cli) {
        ConfigFile file = readFile(cli.configFile());
        HarnessConfig defaults = HarnessConfig.simulatorDefaults(workingDir.resolve("evidence"));

        Target target = TargetChoice.resolve(cli.target(), env.get("AXYS_ENV"), env.get("AXYS_BASE_URL"),
                file.target(), file.baseUrl());
        Credentials credentials = fileCredentials(file).overriddenBy(envCredentials()).overriddenBy(cliCredentials(cli));
        Set<Capability> features = features(first(cli.features(), env.get("AXYS_PROGRAM_FEATURES"),
                file.program() == null || file.program().features() == null ? null
                        : String.join(",", file.program().features()), null));
        String evidenceRoot = first(cli.evidenceRoot() == null ? null : cli.evidenceRoot().toString(),
                env.get("GOLIVE_EVIDENCE_DIR"), file.evidence() == null ? null : file.evidence().root(), null);
        ConfigFile.ClientSection client = file.client() == null
                ? new ConfigFile.ClientSection(null, null, null, null, null) : file.client();
        return new HarnessConfig(target, credentials, features == null ? defaults.features() : features,
                evidenceRoot == null ? defaults.evidenceRoot() : workingDir.resolve(evidenceRoot),
                first(cli.tags(), file.tags(), null, ""),
                seconds(client.connectTimeoutSeconds(), defaults.connectTimeout(), "client.connectTimeoutSeconds"),
                seconds(client.readTimeoutSeconds(), defaults.readTimeout(), "client.readTimeoutSeconds"),
                client.pollDeadlineMinutes() == null ? defaults.pollDeadline()
                        : Duration.ofMinutes(positive(client.pollDeadlineMinutes(), "client.pollDeadlineMinutes")),
                client.maxCallsPerSecond() != null ? positive(client.maxCallsPerSecond(), "client.maxCallsPerSecond")
                        : target.isSimulator() ? HarnessConfig.SIMULATOR_CALLS_PER_SECOND
                        : HarnessConfig.POLITE_CALLS_PER_SECOND,
                transferSettle(client.transferSettleSeconds()));
    }

    private ConfigFile readFile(Path explicit) {
        Path path = explicit != null ? workingDir.resolve(explicit) : workingDir.resolve(DEFAULT_FILE);
        if (!Files.exists(path)) {
            if (explicit != null) {
                throw new HarnessException(Category.USAGE, "config file '" + explicit
                        + "' does not exist; check the path given to --config (see golive.example.yaml)");
            }
            return ConfigFile.empty();
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            ConfigFile parsed = yaml.readValue(path.toFile(), ConfigFile.class);
            return parsed == null ? ConfigFile.empty() : parsed;
        } catch (JsonProcessingException e) {
            throw YamlProblem.of(String.valueOf(path.getFileName()), e);
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "config file '" + path + "' cannot be read ("
                    + e.getClass().getSimpleName() + "); check its permissions");
        }
    }

    private static Credentials fileCredentials(ConfigFile file) {
        ConfigFile.CredentialsSection c = file.credentials();
        if (c == null) {
            return Credentials.none();
        }
        return new Credentials(ref(c.clientCert()), ref(c.clientKey()), ref(c.keyPassphrase()), ref(c.clientP12()),
                ref(c.p12Password()), ref(c.apiKey()), ref(c.caBundle()));
    }

    private Credentials envCredentials() {
        SecretRef apiKey = env.containsKey("AXYS_API_KEY_REF") ? ref(env.get("AXYS_API_KEY_REF"))
                : valueVariable("AXYS_API_KEY");
        return new Credentials(pathOrContent("AXYS_CLIENT_CERT"), pathOrContent("AXYS_CLIENT_KEY"),
                valueVariable("AXYS_CLIENT_KEY_PASSPHRASE"), pathOrContent("AXYS_CLIENT_P12"),
                valueVariable("AXYS_CLIENT_P12_PASSWORD"), apiKey, pathOrContent("AXYS_CA_BUNDLE"));
    }

    private static Credentials cliCredentials(ConfigOverrides cli) {
        return new Credentials(ref(cli.clientCert()), ref(cli.clientKey()), ref(cli.keyPassphrase()),
                ref(cli.clientP12()), ref(cli.p12Password()), ref(cli.apiKey()), ref(cli.caBundle()));
    }

    /** A variable that holds the secret itself (a passphrase, the API key): referenced, never copied. */
    private SecretRef valueVariable(String name) {
        return blankToNull(env.get(name)) == null ? null : SecretRef.parse("env:" + name);
    }

    /** A variable that holds a reference or a path, or (for PEM) the content itself. */
    private SecretRef pathOrContent(String name) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return null;
        }
        return value.startsWith("-----BEGIN") ? SecretRef.parse("env:" + name) : SecretRef.parse(value);
    }

    private static SecretRef ref(String text) {
        return blankToNull(text) == null ? null : SecretRef.parse(text);
    }

    private static Set<Capability> features(String list) {
        if (list == null) {
            return null;
        }
        if (list.isBlank() || list.trim().equalsIgnoreCase("none")) {
            return Set.of();
        }
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.equalsIgnoreCase("all") ? List.of(Capability.values()) : List.of(Capability.parse(s)))
                .forEach(set::addAll);
        return set;
    }

    /** 0 (read once) to 3600 seconds; absent means the default. */
    private static Duration transferSettle(Integer value) {
        if (value == null) {
            return HarnessConfig.DEFAULT_TRANSFER_SETTLE;
        }
        if (value < 0 || value > 3600) {
            throw new HarnessException(Category.USAGE, "config key client.transferSettleSeconds must be 0 to 3600 "
                    + "(seconds the transfer guard keeps reading after an ambiguous answer), got " + value);
        }
        return Duration.ofSeconds(value);
    }

    private static Duration seconds(Integer value, Duration fallback, String key) {
        return value == null ? fallback : Duration.ofSeconds(positive(value, key));
    }

    private static <N extends Number> N positive(N value, String key) {
        if (value.doubleValue() <= 0) {
            throw new HarnessException(Category.USAGE, "config key " + key + " must be positive, got " + value);
        }
        return value;
    }

    private static String first(String... candidates) {
        return Arrays.stream(candidates).map(ConfigLoader::blankToNull).filter(c -> c != null).findFirst()
                .orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
