package com.axys.golive.preflight;

import com.axys.golive.tls.ValidityCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The certificate is inside its validity window now, and not about to leave it: FAIL when expired or not yet valid
 * (Axys refuses it at the handshake, with no grace period), WARN when fewer than {@code warnDays} days are left.
 * Always reminds that the expiry belongs in the certificate register (P2.CERT.06).
 */
final class CertificateValidityCheck implements PreflightCheck {

    private final ClientMaterial material;
    private final Clock clock;
    private final int warnDays;

    CertificateValidityCheck(ClientMaterial material, Clock clock, int warnDays) {
        this.material = Objects.requireNonNull(material, "material");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (warnDays < 0) {
            throw new IllegalArgumentException("warnDays must be 0 or more, got " + warnDays);
        }
        this.warnDays = warnDays;
    }

    @Override
    public String name() {
        return "validity";
    }

    @Override
    public List<String> checklistIds() {
        return List.of("P2.CERT.03");
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.leaf().isEmpty()) {
            return CheckResult.skip(this, "no certificate to check (see 'certificate loads')");
        }
        ValidityCheck.Result validity = new ValidityCheck(clock).check(material.leaf().get());
        return judge(validity)
                .withNotes(List.of("P2.CERT.06: note the expiry " + day(validity.notAfter()) + " in your certificate"
                        + " register; reminders come at 30/15/5 days (to the webhook URL of P2.CERT.05)"))
                .withCommands(List.of(ByHand.certificateInto(material, "-noout -dates")));
    }

    private CheckResult judge(ValidityCheck.Result validity) {
        if (validity.problem().isPresent()) {
            return CheckResult.fail(this, validity.message());
        }
        String window = "valid " + second(validity.notBefore()) + " to " + second(validity.notAfter());
        long left = validity.daysLeft();
        if (left < warnDays) {
            return CheckResult.warn(this, "expires " + second(validity.notAfter()) + ": " + left + " days left, under"
                    + " --warn-days " + warnDays, "rotate now: submit a CSR via Account Management (signed in about"
                    + " 24 h), deploy the new certificate beside the old one, test it, then retire the old one");
        }
        return CheckResult.pass(this, window + " (" + left + " days left)");
    }

    private static Instant second(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }
}
