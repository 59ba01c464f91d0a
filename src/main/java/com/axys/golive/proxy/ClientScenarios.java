package com.axys.golive.proxy;

import com.axys.golive.capture.ScenarioContext;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A proxied call belongs to no scenario: it is filed under a synthetic one per calling client, named by the
 * {@code --client-name} label and the client's address ({@code proxy session: billing-backend from 127.0.0.1}), tagged
 * {@code @proxy} and claiming no checklist item. The clients seen are kept for the session's summary.
 */
final class ClientScenarios {

    static final String FEATURE = "golive proxy";
    static final String TAG = "@proxy";

    private final String label;
    private final Map<String, ScenarioContext> byAddress = new ConcurrentHashMap<>();

    ClientScenarios(String label) {
        this.label = label;
    }

    ScenarioContext of(InetSocketAddress remote) {
        String address = remote == null || remote.getAddress() == null ? "an unknown address"
                : remote.getAddress().getHostAddress();
        return byAddress.computeIfAbsent(address, a -> new ScenarioContext("proxy session: " + label + " from " + a,
                FEATURE, List.of(TAG), List.of()));
    }

    /** The scenario names seen so far, one per client address. */
    List<String> seen() {
        return byAddress.values().stream().map(ScenarioContext::name).sorted().toList();
    }
}
