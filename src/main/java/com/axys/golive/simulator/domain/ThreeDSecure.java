package com.axys.golive.simulator.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * 3-D Secure one-time passwords (reference §8.27-8.28, §9). A Program subscribes a card (or, legacy, every card of a
 * cardholder) and keeps the token; a challenge gives every listener of the card the same new six-digit code, valid
 * {@link #OTP_LIFETIME} on the virtual clock; the Program reads it with the token. The callback to each listener's
 * {@code webhookUrl} (documented to carry only {@code {cardId}}) is made by the wiremock layer, to loopback only.
 * With 3-D Secure off for the Program no listener can be set up (409, inferred: the docs only say no OTP is ever
 * produced then).
 */
public final class ThreeDSecure {

    /** How long an OTP is valid after its challenge (the docs give no lifetime). */
    public static final Duration OTP_LIFETIME = Duration.ofMinutes(5);

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;
    private final CardDataGenerator generator;
    private final CardholderOperations cardholders;
    private final CardOperations cards;

    ThreeDSecure(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program, CardDataGenerator generator,
                 CardholderOperations cardholders, CardOperations cards) {
        this.store = store;
        this.clock = clock;
        this.program = program;
        this.generator = generator;
        this.cardholders = cardholders;
        this.cards = cards;
    }

    /**
     * POST /otp/listeners: {@code cardId} (an Active card), or the legacy {@code cardholderId} (a cardholder with at
     * least one Active card), optional {@code webhookUrl} (https). Both ids may be given when the card is the
     * cardholder's.
     */
    public Result<OtpListener> subscribe(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long cardId = rules.optionalInteger("cardId", 1, Long.MAX_VALUE, "integer > 0");
        Long cardholderId = rules.optionalInteger("cardholderId", 1, Long.MAX_VALUE, "integer > 0");
        if (!body.has("cardId") && !body.has("cardholderId")) {
            rules.reject("cardId", "required (or, legacy, cardholderId)");
        }
        String webhookUrl = rules.optionalText("webhookUrl", 1, 2_048);
        if (webhookUrl != null && !https(webhookUrl)) {
            rules.reject("webhookUrl", "an absolute https:// URL");
        }
        return rules.result(() -> true).flatMap(valid -> store.locked(() -> {
            if (!program.get().threeDsEnabled()) {
                return Result.failed(DomainError.invalidState("3-D Secure is not enabled for this Program, so no "
                        + "OTP is ever produced; it is switched on in Account Management"));
            }
            return cardId != null ? forCard(cardId, cardholderId, webhookUrl) : forCardholder(cardholderId, webhookUrl);
        }));
    }

    /** GET /otp/{token}: waiting, received (with the code) or expired, as of now on the virtual clock. */
    public Result<OtpReading> read(String token) {
        return store.locked(() -> store.services().listener(token)
                .<Result<OtpReading>>map(listener -> Result.ok(listener.readAt(clock.instant())))
                .orElseGet(() -> Result.failed(DomainError.notFound("no OTP listener with this token"))));
    }

    /**
     * POST /staging/cards/{id}/otp (inferred): a 3-D Secure challenge on an Active card. Every listener of the card
     * gets the same new code; returns how many did (none is not an error: the challenge still happens).
     */
    public Result<Integer> challenge(long cardId) {
        return store.locked(() -> cards.find(cardId).flatMap(card -> {
            if (!program.get().threeDsEnabled()) {
                return Result.failed(DomainError.invalidState("3-D Secure is not enabled for this Program: a "
                        + "purchase on card " + cardId + " is never challenged"));
            }
            if (card.issuerCardStatus() != IssuerCardStatus.ACTIVE) {
                return Result.failed(DomainError.invalidState("card " + cardId + " has issuerCardStatus "
                        + card.issuerCardStatus() + "; only an Active (1) card can be challenged"));
            }
            List<OtpListener> reached = store.services().listeners().stream().filter(l -> l.covers(card)).toList();
            String code = generator.otpCode();
            Instant expiresAt = clock.instant().plus(OTP_LIFETIME);
            reached.forEach(listener -> store.services().put(listener.withOtp(code, expiresAt)));
            return Result.ok(reached.size());
        }));
    }

    /**
     * The {@code webhookUrl}s of the listeners a challenge on {@code cardId} reaches, in order: where Axys POSTs
     * {@code {cardId}} (reference §9) so the Program reads the code with its token.
     */
    public List<String> webhooksOf(long cardId) {
        return store.locked(() -> cards.find(cardId) instanceof Result.Ok<Card> found
                ? store.services().listeners().stream().filter(l -> l.covers(found.value()) && l.webhookUrl() != null)
                .map(OtpListener::webhookUrl).distinct().toList()
                : List.<String>of());
    }

    /** Makes every OTP that is still valid expire now; returns how many did. For the control surface. */
    public int expireAll() {
        return store.locked(() -> {
            Instant now = clock.instant();
            int expired = 0;
            for (OtpListener listener : store.services().listeners()) {
                if (listener.readAt(now).state() == OtpState.RECEIVED) {
                    store.services().put(listener.withOtp(listener.code(), now));
                    expired++;
                }
            }
            return expired;
        });
    }

    private Result<OtpListener> forCard(long cardId, Long cardholderId, String webhookUrl) {
        return cards.find(cardId).flatMap(card -> {
            if (cardholderId != null && cardholderId != card.cardholderId()) {
                return Result.failed(DomainError.validation("cardholderId", "must be the cardholder of card "
                        + cardId + " (or left out)"));
            }
            if (card.issuerCardStatus() != IssuerCardStatus.ACTIVE) {
                return Result.failed(DomainError.invalidState("card " + cardId + " has issuerCardStatus "
                        + card.issuerCardStatus() + "; an OTP listener needs an Active (1) card"));
            }
            return Result.ok(listen(cardId, card.cardholderId(), webhookUrl));
        });
    }

    private Result<OtpListener> forCardholder(long cardholderId, String webhookUrl) {
        return cardholders.find(cardholderId).flatMap(holder -> {
            boolean anyActive = store.cards().stream().anyMatch(card -> card.cardholderId() == cardholderId
                    && card.issuerCardStatus() == IssuerCardStatus.ACTIVE);
            if (!anyActive) {
                return Result.failed(DomainError.invalidState("cardholder " + cardholderId + " has no Active (1) "
                        + "card; an OTP listener needs one"));
            }
            return Result.ok(listen(null, cardholderId, webhookUrl));
        });
    }

    private OtpListener listen(Long cardId, long cardholderId, String webhookUrl) {
        return store.services().put(new OtpListener(generator.otpToken(), cardId, cardholderId, webhookUrl,
                clock.instant(), null, null));
    }

    private static boolean https(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }
}
