package com.axys.golive.tls;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a certificate is inside its validity window at the clock's now. Preflight reports the {@link Result}
 * (with days left); the loader throws it. Axys refuses an expired or not-yet-valid certificate at the handshake.
 */
public final class ValidityCheck {

    private static final long SECONDS_PER_DAY = 86_400;

    private final Clock clock;

    public ValidityCheck(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Result check(X509Certificate certificate) {
        return new Result(CertificateNames.shortName(certificate), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), clock.instant());
    }

    /** The window, the moment checked, and what follows from them. */
    public record Result(String certificateName, Instant notBefore, Instant notAfter, Instant checkedAt) {
        public Result {
            Objects.requireNonNull(certificateName, "certificateName");
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
            Objects.requireNonNull(checkedAt, "checkedAt");
        }

        /** Whole days until notAfter, rounded down: 0 on the last day, negative once expired. */
        public long daysLeft() {
            return Math.floorDiv(Duration.between(checkedAt, notAfter).getSeconds(), SECONDS_PER_DAY);
        }

        public Optional<CredentialProblem> problem() {
            if (checkedAt.isBefore(notBefore)) {
                return Optional.of(CredentialProblem.NOT_YET_VALID);
            }
            if (checkedAt.isAfter(notAfter)) {
                return Optional.of(CredentialProblem.EXPIRED);
            }
            return Optional.empty();
        }

        public String message() {
            String subject = "client certificate " + certificateName;
            return problem().map(problem -> switch (problem) {
                case EXPIRED -> subject + " expired on " + seconds(notAfter) + " ("
                        + days(Duration.between(notAfter, checkedAt)) + " ago); Axys refuses it at the TLS handshake;"
                        + " renew it via a CSR in Account Management";
                default -> subject + " is not valid before " + seconds(notBefore) + " (in "
                        + days(Duration.between(checkedAt, notBefore)) + "); Axys refuses it at the TLS handshake;"
                        + " check this machine's clock, or wait until then";
            }).orElseGet(() -> subject + " is valid until " + seconds(notAfter) + " (" + daysLeft() + " days left)");
        }

        /** This result when valid; otherwise a {@link CredentialException} with {@link #message()}. */
        public Result orThrow() {
            Optional<CredentialProblem> problem = problem();
            if (problem.isPresent()) {
                throw new CredentialException(problem.get(), message());
            }
            return this;
        }

        private static Instant seconds(Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS);
        }

        private static String days(Duration duration) {
            long days = duration.toDays();
            return days == 0 ? "less than a day" : days == 1 ? "1 day" : days + " days";
        }
    }
}
