package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.CardholderStatus;
import com.axys.golive.simulator.domain.Result;
import com.axys.golive.simulator.domain.SimulatedAxys;
import com.axys.golive.simulator.domain.SupportTicket;
import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.simulator.domain.WalletBalance;
import com.axys.golive.simulator.wiremock.LostAnswer;
import com.axys.golive.simulator.wiremock.ResponseOverrides;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/** The control surface of one running simulator: checks its arguments, then acts on the domain or the adapter. */
final class LiveSimulatorControl implements SimulatorControl {

    /** The longest an answer may be held back: longer than any sane read timeout, short enough not to hang a test. */
    static final Duration MAX_HOLD = Duration.ofMinutes(2);

    private final SimulatedAxys axys;
    private final AtomicReference<ProgramProfile> program;
    private final ProgramProfile initialProgram;
    private final ResponseOverrides overrides;
    private final Set<String> operationIds;
    private final Set<String> deprecatedOperationIds;
    private final LongSupplier requestsReceived;

    private final java.util.function.Supplier<List<com.axys.golive.simulator.wiremock.WebhookSender.Delivery>>
            webhookDeliveries;

    LiveSimulatorControl(SimulatedAxys axys, AtomicReference<ProgramProfile> program, ResponseOverrides overrides,
                         Set<String> operationIds, Set<String> deprecatedOperationIds,
                         LongSupplier requestsReceived,
                         java.util.function.Supplier<List<com.axys.golive.simulator.wiremock.WebhookSender.Delivery>>
                                 webhookDeliveries) {
        this.webhookDeliveries = webhookDeliveries;
        this.axys = axys;
        this.program = program;
        this.initialProgram = program.get();
        this.overrides = overrides;
        this.operationIds = Set.copyOf(operationIds);
        this.deprecatedOperationIds = Set.copyOf(deprecatedOperationIds);
        this.requestsReceived = requestsReceived;
    }

    @Override
    public VirtualClock clock() {
        return axys.clock();
    }

    @Override
    public void forceKycOutcome(long cardholderId, int status) {
        CardholderStatus outcome = CardholderStatus.of(status).filter(CardholderStatus::reviewOutcome)
                .orElseThrow(() -> new IllegalArgumentException("a forced KYC outcome is 1 (Approved), 2 (Compliance "
                        + "Decline), 6 (Error) or 7 (Admin Decline); got " + status));
        if (axys.kyc().force(cardholderId, outcome) instanceof Result.Failed<?> failed) {
            throw new IllegalArgumentException("cannot force a KYC outcome: " + failed.error().message());
        }
    }

    @Override
    public ProgramProfile program() {
        return program.get();
    }

    @Override
    public void setProgram(ProgramProfile newProgram) {
        program.set(Objects.requireNonNull(newProgram, "program"));
    }

    @Override
    public void setReviewDelay(Duration delay) {
        change(profile -> profile.withReviewDelay(delay));
    }

    @Override
    public void setThreeDsEnabled(boolean enabled) {
        change(profile -> profile.withThreeDsEnabled(enabled));
    }

    @Override
    public void setSumsubEnabled(boolean enabled) {
        change(profile -> profile.withSumsubEnabled(enabled));
    }

    @Override
    public void setApprovedDesignSlots(Set<Integer> slots) {
        change(profile -> profile.withApprovedDesignSlots(slots));
    }

    @Override
    public void overrideResponseField(String operationId, String jsonPointer, JsonNode valueOrNullToRemove) {
        overrides.overrideField(known(operationId), Objects.requireNonNull(jsonPointer, "jsonPointer"),
                valueOrNullToRemove);
    }

    @Override
    public void overrideStatus(String operationId, int httpStatus) {
        overrides.overrideStatus(known(operationId), httpStatus(httpStatus));
    }

    @Override
    public void limitRate(int perSecond) {
        overrides.limitRate(perSecond);
    }

    @Override
    public void clearOverrides() {
        overrides.clear();
        axys.wallets().setListingLag(Duration.ZERO);
    }

    @Override
    public void failNext(String operationId, int count, int httpStatus) {
        if (count < 1) {
            throw new IllegalArgumentException("failNext needs a count of at least 1, got " + count);
        }
        overrides.failNext(known(operationId), count, httpStatus(httpStatus));
    }

    @Override
    public void loseNextAnswer(String operationId, LostAnswer how) {
        overrides.loseNextAnswer(known(operationId), Objects.requireNonNull(how, "how"));
    }

    @Override
    public void holdNextAnswer(String operationId, Duration hold) {
        if (hold.isNegative() || hold.isZero() || hold.compareTo(MAX_HOLD) > 0) {
            throw new IllegalArgumentException("an answer is held back for more than 0 and at most " + MAX_HOLD
                    + ", got " + hold);
        }
        overrides.holdNextAnswer(known(operationId), hold);
    }

    @Override
    public void setTransferListingLag(Duration lag) {
        axys.wallets().setListingLag(Objects.requireNonNull(lag, "lag"));
    }

    @Override
    public void omitListedField(String operationId, String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("omitListedField needs the name of a field of the listed items");
        }
        overrides.omitListedField(known(operationId), field);
    }

    @Override
    public WalletBalance walletBalance(long walletId) {
        Result<WalletBalance> balance = axys.wallets().balance(walletId);
        if (balance instanceof Result.Failed<WalletBalance> failed) {
            throw new IllegalArgumentException("cannot read the wallet's balance: " + failed.error().message());
        }
        return ((Result.Ok<WalletBalance>) balance).value();
    }

    @Override
    public List<SupportTicket> tickets() {
        return axys.support().all();
    }

    @Override
    public int expireOtps() {
        return axys.threeDSecure().expireAll();
    }

    @Override
    public void reset() {
        axys.reset();
        overrides.clear();
        program.set(initialProgram);
    }

    @Override
    public Set<String> operationIds() {
        return operationIds;
    }

    @Override
    public Set<String> deprecatedOperationIds() {
        return deprecatedOperationIds;
    }

    private void change(UnaryOperator<ProgramProfile> change) {
        program.updateAndGet(change);
    }

    private String known(String operationId) {
        if (!operationIds.contains(operationId)) {
            throw new IllegalArgumentException("unknown operationId '" + operationId + "'; the simulator answers "
                    + operationIds);
        }
        return operationId;
    }

    private static int httpStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100-599, got " + status);
        }
        return status;
    }

    @Override
    public long requestsReceived() {
        return requestsReceived.getAsLong();
    }

    @Override
    public List<com.axys.golive.simulator.wiremock.WebhookSender.Delivery> webhookDeliveries() {
        return webhookDeliveries.get();
    }

    @Override
    public void chaos(com.axys.golive.simulator.wiremock.ChaosPlan plan) {
        overrides.chaos(plan);
    }

    @Override
    public void onInjectedFault(java.util.function.Consumer<com.axys.golive.simulator.wiremock.InjectedFault> listener) {
        overrides.onFault(listener);
    }

    @Override
    public List<com.axys.golive.simulator.wiremock.InjectedFault> injectedFaults() {
        return overrides.injectedFaults();
    }

    @Override
    public int transfersApplied() {
        return overrides.transfersApplied();
    }

    @Override
    public int duplicateTransfers() {
        return overrides.duplicateTransfers();
    }
}
