package com.axys.golive.simulator;

import com.axys.golive.testing.Onboarding;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A simulator started on a free port with throwaway PKI under {@code dir}, plus an mTLS client and shortcuts. */
final class RunningSimulator implements AutoCloseable {

    final ThrowawayPki pki;
    final AxysSimulator simulator;
    final TestClient client;

    private RunningSimulator(Path dir) {
        this.pki = TestClient.pki(dir.resolve("pki"));
        this.simulator = AxysSimulator.start(SimulatorOptions.of(pki, TestClient.API_KEY));
        this.client = new TestClient(TestClient.tls(pki, pki), simulator.baseUrl());
    }

    static RunningSimulator start(Path dir) {
        return new RunningSimulator(dir);
    }

    SimulatorControl control() {
        return simulator.control();
    }

    long createCardholder() {
        Reply reply = client.post("/cardholders", Onboarding.jordan());
        if (reply.status() != 200) {
            throw new AssertionError("createCardholder: " + reply);
        }
        return reply.body().path("cardholderId").asLong();
    }

    int cardholderStatus(long cardholderId) {
        return client.get("/cardholders/" + cardholderId).body().path("cardholder").path("status").asInt();
    }

    /** Create → kyc-submit → staging pass → the review delay passes on the virtual clock. */
    long approvedCardholder() {
        long id = createCardholder();
        client.put("/cardholders/" + id + "/kyc-submit", null);
        client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        control().clock().advance(control().program().reviewDelay());
        if (cardholderStatus(id) != 1) {
            throw new AssertionError("cardholder " + id + " was not approved");
        }
        return id;
    }

    /** A virtual card of a newly approved cardholder. */
    long virtualCard() {
        Reply issued = client.post("/cards/virtual/" + approvedCardholder(), Map.of("nameOnCard", "JORDAN RIVERS"));
        if (issued.status() != 200) {
            throw new AssertionError("issueVirtualCard: " + issued);
        }
        return issued.body().path("cardId").asLong();
    }

    /** A new wallet with {@code amount} (decimal-implied) deposited and cleared on the virtual clock. */
    long fundedWallet(long amount) {
        long walletId = client.post("/wallets", Map.of("name", "Operating")).body().path("walletId").asLong();
        Reply deposit = client.post("/wallets/" + walletId + "/bank-deposit", Map.of("transactionAmount", amount));
        if (deposit.status() != 200) {
            throw new AssertionError("bankDepositWallet: " + deposit);
        }
        advance(control().program().clearingDelay());
        return walletId;
    }

    void advance(Duration amount) {
        control().clock().advance(amount);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
