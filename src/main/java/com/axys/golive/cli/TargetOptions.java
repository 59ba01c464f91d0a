package com.axys.golive.cli;

import com.axys.golive.config.ConfigOverrides;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * With which configuration and credentials: shared by run, preflight and verify-production. {@code --target} is not
 * here: verify-production chooses its target by another rule, and each command's help says its own.
 */
final class TargetOptions {

    /** The {@code --target} description of run and preflight. */
    static final String TARGET_DESCRIPTION = "simulator (default), staging, production, or an https:// base URL ending"
            + " in /v2. Env: AXYS_ENV or AXYS_BASE_URL; golive.yaml: target or baseUrl.";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML config (default: ./golive.yaml if present). See golive.example.yaml.")
    Path config;

    @Option(names = "--cert", paramLabel = "REF",
            description = "Client certificate (PEM, chain allowed): a path or file:/env:/exec: reference."
                    + " Env: AXYS_CLIENT_CERT.")
    String cert;

    @Option(names = "--key", paramLabel = "REF",
            description = "Client private key as a reference: file:/etc/axys/program.key, or"
                    + " exec:vault kv get -field=key secret/axys. PEM: PKCS#1, PKCS#8 or encrypted. Env: AXYS_CLIENT_KEY.")
    String key;

    @Option(names = "--key-passphrase", paramLabel = "REF",
            description = "Passphrase of an encrypted key, as a reference (env:NAME). Env: AXYS_CLIENT_KEY_PASSPHRASE.")
    String keyPassphrase;

    @Option(names = "--p12", paramLabel = "REF",
            description = "PKCS#12 file holding certificate and key, instead of --cert/--key. Env: AXYS_CLIENT_P12.")
    String p12;

    @Option(names = "--p12-password", paramLabel = "REF",
            description = "Password of the PKCS#12 file, as a reference. Env: AXYS_CLIENT_P12_PASSWORD.")
    String p12Password;

    @Option(names = "--api-key", paramLabel = "REF",
            description = "The Program-level X-API-Key as a reference (env:NAME, file:, exec:), never the value."
                    + " Env: AXYS_API_KEY (the value) or AXYS_API_KEY_REF.")
    String apiKey;

    @Option(names = "--ca-bundle", paramLabel = "REF",
            description = "Extra trust anchors (PEM) for a target whose server certificate is not publicly trusted.")
    String caBundle;

    @Option(names = "--features", paramLabel = "LIST",
            description = "The Program's optional capabilities: physical,3ds,bank,wallets, all or none (default all)."
                    + " Scenarios tagged @if:<feature> run only when listed. Env: AXYS_PROGRAM_FEATURES.")
    String features;

    ConfigOverrides overrides(String target, Path evidence, String tags) {
        return new ConfigOverrides(target, config, evidence, tags, features, cert, key, keyPassphrase, p12,
                p12Password, apiKey, caBundle);
    }
}
