package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.ManifestSignature;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.CertificateSummary;
import com.axys.golive.tls.CredentialLoader;
import com.axys.golive.verification.BundlePacker;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.CampaignPacker;
import com.axys.golive.verification.CampaignReport;
import com.axys.golive.verification.CampaignVerifier;
import com.axys.golive.verification.ZipLimits;
import com.axys.golive.verification.ServerTrust;
import com.axys.golive.verification.SignerPolicy;
import com.axys.golive.verification.Leak;
import com.axys.golive.verification.LeakScanner;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code golive evidence verify|pack|scan}: the auditor's offline tools. The three subcommands are nested here
 * rather than one file each because they share the report printing and the exit-code rule, and are a few lines each.
 *
 * <p>Exit codes: 0 when the bundle is VERIFIED (or a scan finds nothing); 4 when it is CORRUPT, LEAKs a secret, or is
 * INCOMPLETE. An incomplete bundle (a run killed or interrupted) exits 4 too, because it is not the whole run and
 * must not pass a CI gate as evidence; its report says "incomplete, not corrupt" so nobody mistakes it for
 * tampering. Not a bundle, or bad arguments: 2.
 */
@Command(name = "evidence", sortOptions = false, mixinStandardHelpOptions = true,
        subcommands = {EvidenceCommand.Verify.class, EvidenceCommand.Pack.class, EvidenceCommand.Scan.class,
                EvidenceCommand.SignOff.class},
        description = {"Verifies, packs and scans a run's evidence bundle, offline: what the Axys auditor runs.", ""},
        footer = {"", "Examples:",
                "  golive evidence verify evidence/20261126T110000Z-simulator-ab12cd",
                "  golive evidence verify 20261126T110000Z-staging-3f9a1c.zip    # the zip an auditor received",
                "  golive evidence pack evidence/20261126T110000Z-staging-3f9a1c -o handover/staging.zip",
                "  golive evidence pack evidence/RUN1 evidence/RUN2 -o handover/campaign.zip   # runs of a campaign",
                "  golive evidence scan evidence/                                   # every run, every file",
                "",
                "Exit codes: 0 VERIFIED (scan: no secret found); 2 not a bundle or bad arguments;",
                "  4 CORRUPT (changed after the run), LEAK (a secret is written in it), or INCOMPLETE (the run",
                "  was killed or interrupted: what it captured is intact, it is not corrupt, but it is not the",
                "  whole run, so it exits 4 to keep it out of a submission)."})
final class EvidenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose what to do with the bundle: verify, pack, scan or sign-off");
    }

    /** Prints one line per problem, note and leak, then the verdict line; the exit code follows the verdict. */
    static int print(CommandSpec spec, VerificationReport report) {
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.verified() ? ExitCode.PASS.code() : ExitCode.EVIDENCE.code();
    }

    /** The same for a campaign pack: each member's lines and verdict line, then the campaign's verdict line. */
    static int print(CommandSpec spec, CampaignReport report) {
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.verified() ? ExitCode.PASS.code() : ExitCode.EVIDENCE.code();
    }

    @Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
            description = {"Checks a bundle (the run's folder or its zip) offline: the hash chain of every stream,"
                    + " every file against the manifest's SHA-256, and a leak scan. Prints one line per problem,"
                    + " then VERIFIED, INCOMPLETE, CORRUPT or LEAK. A campaign pack (several runs packed together) is"
                    + " checked member by member, then campaign.json against the members and the campaign coverage;"
                    + " its verdict is the worst of them.", ""},
            footer = {"", "Examples:",
                    "  golive evidence verify evidence/20261126T110000Z-simulator-ab12cd",
                    "  golive evidence verify handover/staging.zip",
                    "  golive evidence verify handover/staging.zip --signer 3A:1F:…:9C     # signed by the Program's key",
                    "  golive evidence verify handover/campaign.zip                        # a campaign's runs in one",
                    "", "Exit codes: 0 VERIFIED; 4 CORRUPT, LEAK or INCOMPLETE (incomplete is reported as such, not as"
                    + " corrupt); 2 not a bundle."})
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BUNDLE", description = "The run's folder, evidence/<run-id>/, or the zip that"
                + " 'golive evidence pack' made of it (of one run, or of a campaign's runs).")
        Path bundle;

        @Option(names = "--trust-ca", paramLabel = "PEM", description = "Also trust this CA certificate (PEM, one or"
                + " more) for the target's server certificate, as the JDK's own authorities are: Axys's CA when it"
                + " uses a private one, or your rehearsal's. Repeatable.")
        List<Path> trustCa = new java.util.ArrayList<>();

        @Option(names = "--require-signature", description = "Fail an unsigned pack (or one whose signature was"
                + " stripped). Without it an unsigned pack verifies, as most internal runs are unsigned.")
        boolean requireSignature;

        @Option(names = "--signer", paramLabel = "FINGERPRINT|PEM", description = "Accept only this signer: the"
                + " SHA-256 fingerprint of its certificate as the Program gave it to you out of band ('openssl x509"
                + " -noout -fingerprint -sha256' prints it; colons and case do not matter), or the certificate file"
                + " itself. Implies --require-signature; a pack re-signed by any other key, even one with the same"
                + " subject, fails. Repeatable.")
        List<String> signers = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            SignerPolicy policy = SignerPolicy.of(requireSignature, SignerPins.fingerprints(signers));
            BundleVerifier verifier = new BundleVerifier(ServerTrust.jdkAnd(caCertificates(trustCa)))
                    .withSigners(policy);
            if (CampaignVerifier.isCampaign(bundle)) {
                return print(spec, new CampaignVerifier(verifier, ZipLimits.standard()).verify(bundle));
            }
            return print(spec, verifier.verify(bundle));
        }

        private static List<java.security.cert.X509Certificate> caCertificates(List<Path> files) {
            List<java.security.cert.X509Certificate> cas = new java.util.ArrayList<>();
            files.forEach(file -> cas.addAll(CertificateFiles.read(file, "--trust-ca", "give the CA's certificate"
                    + " file")));
            return cas;
        }
    }

    @Command(name = "pack", sortOptions = false, mixinStandardHelpOptions = true,
            description = {"Verifies a bundle, then packs it into one deterministic zip (its folder as the zip's top"
                    + " folder) with a sha256sum file beside it. Refuses a corrupt or leaking bundle.",
                    "Given several runs of one target (a campaign: 'golive run --continue'), packs them into one zip:"
                    + " each run's folder unchanged, plus campaign.json (each run's id, target, start, end, manifest"
                    + " SHA-256 and verdict) and campaign-coverage.md/.json (per checklist item the best result of"
                    + " any run, and the run that proved it).", ""},
            footer = {"", "Examples:",
                    "  golive evidence pack evidence/20261126T110000Z-staging-3f9a1c",
                    "  golive evidence pack evidence/20261126T110000Z-staging-3f9a1c -o handover/staging.zip",
                    "  sha256sum -c handover/staging.zip.sha256     # what the auditor runs on receipt",
                    "  golive evidence pack evidence/RUN1 evidence/RUN2 evidence/RUN3 -o handover/campaign.zip",
                    "", "Exit codes: 0 packed and VERIFIED; 4 refused (CORRUPT, LEAK) or packed but INCOMPLETE;"
                    + " 2 not a bundle, runs of different targets, or one run given twice."})
    static final class Pack implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BUNDLE", arity = "1..*", description = "The run's folder, evidence/<run-id>/;"
                + " or the folders of a campaign's runs, all of one target.")
        List<Path> bundles;

        @Option(names = {"-o", "--output"}, paramLabel = "ZIP", description = "Where to write the zip (default:"
                + " <run-id>.zip beside the folder; for a campaign, campaign-<earliest run id>.zip beside the first"
                + " folder). ZIP.sha256 is written beside it.")
        Path output;

        @Option(names = "--sign-cert", paramLabel = "REF", description = "Sign the manifest: the signer's"
                + " certificate (PEM; a path or file:/env:/exec: reference). Writes manifest.json.sig and"
                + " manifest.signer.pem into the bundle before zipping; openssl can check them (see README).")
        String signCert;

        @Option(names = "--sign-key", paramLabel = "REF", description = "The signer's private key, as a reference.")
        String signKey;

        @Option(names = "--sign-key-passphrase", paramLabel = "REF",
                description = "Passphrase of an encrypted signing key, as a reference (env:NAME).")
        String signKeyPassphrase;

        @Override
        public Integer call() {
            if (bundles.size() > 1) {
                return campaign();
            }
            Path bundle = bundles.get(0);
            if ((signCert == null) != (signKey == null)) {
                throw new HarnessException(Category.USAGE, "signing needs both --sign-cert and --sign-key");
            }
            if (signCert != null) {
                VerificationReport before = new BundleVerifier().verify(bundle);
                if (before.verdict() == Verdict.CORRUPT || before.verdict() == Verdict.LEAK) {
                    return print(spec, before);
                }
                SecretResolver secrets = SecretResolver.system();
                var signer = new CredentialLoader(Clock.systemUTC()).loadPem(
                        secrets.resolve(SecretRef.parse(signCert)), secrets.resolve(SecretRef.parse(signKey)),
                        Optional.ofNullable(signKeyPassphrase).map(r -> secrets.resolve(SecretRef.parse(r))));
                ManifestSignature.sign(bundle, signer);
                spec.commandLine().getOut().println("Signed manifest.json as " + signer.certificate()
                        .getSubjectX500Principal().getName() + ", SHA-256 fingerprint " + CertificateSummary.of(
                        signer.certificate(), Clock.systemUTC()).sha256Fingerprint() + " (give it to the auditor"
                        + " apart from the pack: they verify with --signer)");
            }
            Path zip = new BundlePacker().pack(bundle, output);
            int code = print(spec, new BundleVerifier().verify(zip));
            return packed(zip, code);
        }

        private int campaign() {
            if (signCert != null || signKey != null) {
                throw new HarnessException(Category.USAGE, "--sign-cert and --sign-key sign one run's manifest, not a"
                        + " campaign: sign each run with 'golive evidence pack RUN --sign-cert … --sign-key …' first"
                        + " (its folder keeps the signature), then pack the campaign without them");
            }
            Path zip;
            try {
                zip = new CampaignPacker().pack(bundles, output);
            } catch (CampaignPacker.Refused refused) {
                print(spec, refused.report());
                throw refused;
            }
            return packed(zip, print(spec, new CampaignVerifier().verify(zip)));
        }

        private int packed(Path zip, int code) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Packed " + zip + " (SHA-256 " + checksum(zip) + ", also in "
                    + BundlePacker.checksumFile(zip).getFileName() + ")");
            out.flush();
            return code;
        }

        private static String checksum(Path zip) {
            try {
                return Files.readString(BundlePacker.checksumFile(zip), StandardCharsets.UTF_8).split("\\s+", 2)[0];
            } catch (IOException e) {
                throw new HarnessException(Category.USAGE, "cannot read " + BundlePacker.checksumFile(zip) + " ("
                        + e.getClass().getSimpleName() + ") just after writing it; check the output folder", e);
            }
        }
    }

    @Command(name = "scan", sortOptions = false, mixinStandardHelpOptions = true,
            description = {"Scans every file under a folder for secrets (gzip decompressed within a bound, binary"
                    + " files byte for byte): PEM private keys, Luhn-valid card numbers in one run or in groups,"
                    + " CVV, PIN and OTP codes after their name, a card number's last four digits (the default PIN),"
                    + " secret-named JSON fields not redacted, credential headers. Names file, line, column and kind;"
                    + " never prints the value. A file it cannot read to the end is reported as unscannable.", ""},
            footer = {"", "Examples:",
                    "  golive evidence scan evidence/20261126T110000Z-staging-3f9a1c",
                    "  golive evidence scan evidence/        # every run and anything beside them",
                    "", "Exit codes: 0 no secret found; 4 a secret found; 2 no such folder."})
    static final class Scan implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "A run's folder, the evidence root, or any folder to check.")
        Path dir;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new HarnessException(Category.USAGE, "cannot scan " + dir + ": no such folder; give a run's"
                        + " folder (evidence/<run-id>/) or the evidence root");
            }
            List<Leak> leaks = new LeakScanner().scan(dir);
            PrintWriter out = spec.commandLine().getOut();
            leaks.forEach(l -> out.println("leak: " + l.text()));
            if (leaks.isEmpty()) {
                out.println("NO LEAKS: " + dir + " — no secrets found (PEM private keys, card numbers, CVV/PIN/OTP"
                        + " codes, last four digits, unredacted secret fields, credential headers)");
            } else {
                out.println("LEAK: " + dir + " — " + leaks.size() + " secret(s) found ("
                        + String.join(", ", leaks.stream().map(Leak::kind).distinct().toList())
                        + ") at the places above; do not share these files: delete them, rotate any exposed"
                        + " credential and fix the redaction");
            }
            out.flush();
            return leaks.isEmpty() ? ExitCode.PASS.code() : ExitCode.EVIDENCE.code();
        }
    }

    @Command(name = "sign-off", sortOptions = false, mixinStandardHelpOptions = true,
            description = {"Records who signed off a checklist item, as evidence: one chained line in"
                    + " signoffs.jsonl and a new manifest.json that keeps the previous one as manifests/vN.json"
                    + " (listed and hashed), so 'evidence verify' checks every version. Filling coverage's sign-off"
                    + " block by hand still makes the bundle CORRUPT: only this record counts.", ""},
            footer = {"", "Examples:",
                    "  golive evidence sign-off evidence/20261126T110000Z-staging-3f9a1c --item P1.SEC.01 \\",
                    "      --by 'Dana Reviewer' --ref 'AXYS-1234'",
                    "", "Sign off before signing the pack: a signed bundle is refused (re-sign with 'evidence pack"
                    + " --sign-cert --sign-key' after). Names and references are one line of free text; never put a"
                    + " secret in them.",
                    "", "Exit codes: 0 recorded; 2 not a bundle, an unknown item, bad text or a signed bundle;"
                    + " 4 the bundle is CORRUPT, LEAKs or is INCOMPLETE."})
    static final class SignOff implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "The run's folder, evidence/<run-id>/, or its run id.")
        Path bundle;

        @Option(names = "--item", required = true, paramLabel = "ID", description = "The checklist item, e.g."
                + " P1.SEC.01; it must be one of the run's coverage.")
        String item;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who signs off (free text).")
        String by;

        @Option(names = "--ref", required = true, paramLabel = "REF", description = "The evidence reference: a"
                + " ticket, a document, a meeting (free text).")
        String ref;

        @Override
        public Integer call() {
            Path dir = Files.isDirectory(bundle) ? bundle : Path.of("evidence").resolve(bundle);
            if (!Files.isDirectory(dir)) {
                throw new HarnessException(Category.USAGE, "no run " + bundle + ": give a run's folder"
                        + " (evidence/<run-id>/) or a run id under evidence/");
            }
            com.axys.golive.verification.SignOffLog.record(dir, item, by, ref, Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Signed off " + item + " in " + dir + "; check it with 'golive evidence verify " + dir + "'");
            out.flush();
            return ExitCode.PASS.code();
        }
    }
}
