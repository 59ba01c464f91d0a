package com.axys.golive.steps;

import com.axys.golive.client.TlsProbe;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.SslContexts;
import com.axys.golive.tls.ThrowawayPki;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The mTLS negatives: no client certificate, or one from an authority the target does not trust. */
public final class MutualTlsSteps {

    private final World world;
    private TlsProbe.Outcome outcome;

    public MutualTlsSteps(World world) {
        this.world = world;
    }

    @When("a client without a certificate lists the cardholders")
    public void aClientWithoutACertificate() {
        probe("client without a certificate", trustOnly());
    }

    @When("a client with a certificate from another authority lists the cardholders")
    public void aClientWithACertificateFromAnotherAuthority() {
        // The untrusted CA's keys live in the run's scratch folder, and only as long as this step.
        var dir = world.session().scratch().newFolder("other-ca");
        try {
            Instant now = world.session().clock().instant();
            ThrowawayPki other = ThrowawayPki.generateOther(dir, world.session().clock(), "Untrusted Test CA");
            var issued = other.issueClient("stranger", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
            SSLContext context = SslContexts.client(new ClientIdentity(List.of(issued.certificate()),
                    issued.privateKey(), "throwaway:untrusted-ca"), world.session().trustAnchors());
            probe("client certificate from another authority", context);
        } finally {
            world.session().scratch().delete(dir);
        }
    }

    @Then("the connection is refused during the TLS handshake")
    public void theConnectionIsRefused() {
        assertThat(outcome.refused())
                .as("the target answered '%s' instead of refusing the connection", outcome.detail()).isTrue();
    }

    private void probe(String attempt, SSLContext context) {
        outcome = TlsProbe.attempt(world.session().target().baseUrl(), context, Duration.ofSeconds(10));
        if (outcome.refused()) {
            world.session().errors().recordRefusedConnection(world.session().tracker().get(), attempt,
                    outcome.detail());
        }
    }

    private SSLContext trustOnly() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            List<java.security.cert.X509Certificate> anchors = world.session().trustAnchors();
            if (anchors.isEmpty()) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                for (int i = 0; i < anchors.size(); i++) {
                    store.setCertificateEntry("anchor-" + i, anchors.get(i));
                }
                tmf.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a certificate-less TLS client: " + e.getMessage(), e);
        }
    }
}
