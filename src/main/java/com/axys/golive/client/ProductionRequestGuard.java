package com.axys.golive.client;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.config.AxysHost;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The production guard at the HTTP layer, the first filter every request meets: whatever tag expression selected
 * the scenario, a request to production leaves only when it comes from a {@code @production-safe} scenario that is
 * neither {@code @simulator-only} nor (unless tickets were asked for) {@code @raises-ticket}, and never to a
 * {@code /staging/*} path. "Production" is the run's declared target or a request host that is production in any
 * spelling ({@link AxysHost}); a server that presents production's certificate under another name is caught at the
 * handshake by {@link ProductionCertificateCheck}. A refused request is never sent: the step fails with the reason.
 */
public final class ProductionRequestGuard implements OrderedFilter {

    /** Where a refusal is filed (the run's errors.jsonl and log). */
    @FunctionalInterface
    public interface RefusalSink {
        void refused(ScenarioContext scenario, String method, String path, String reason);
    }

    static final String PRODUCTION_SAFE = "@production-safe";
    static final String SIMULATOR_ONLY = "@simulator-only";
    static final String RAISES_TICKET = "@raises-ticket";
    /** The only scenario that may replace production's KYC link: Phase 3 test 4, the identity check. */
    static final String KYC_REFRESH_SCENARIO = "@checklist:P3.04";

    private final boolean productionRun;
    private final boolean raiseTickets;
    private final Supplier<ScenarioContext> scenario;
    private final CallGate gate;
    private final RefusalSink refusals;

    public ProductionRequestGuard(boolean productionRun, boolean raiseTickets, Supplier<ScenarioContext> scenario,
                                  CallGate gate, RefusalSink refusals) {
        this.productionRun = productionRun;
        this.raiseTickets = raiseTickets;
        this.scenario = scenario;
        this.gate = gate;
        this.refusals = refusals;
    }

    @Override
    public int getOrder() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        gate.check();
        URI uri = URI.create(request.getURI());
        if (productionRun || AxysHost.isProduction(uri.getHost())) {
            ScenarioContext current = scenario.get();
            String why = refusal(current, request.getMethod(), uri.getRawPath());
            if (why != null) {
                refusals.refused(current, request.getMethod(), uri.getRawPath(), why);
                throw new HarnessException(Category.USAGE, "production guard: " + request.getMethod() + " "
                        + uri.getRawPath() + " was not sent: " + why);
            }
        }
        return ctx.next(request, response);
    }

    /** Why a request of {@code scenario} may not go to production, or null when it may. */
    String refusal(ScenarioContext scenario, String method, String rawPath) {
        List<String> tags = scenario.tags();
        String path = rawPath == null ? "" : rawPath.toLowerCase(java.util.Locale.ROOT);
        if (path.contains("/staging/") || path.endsWith("/staging") || path.contains("%2f")) {
            return "/staging/* simulation endpoints do not exist on production (it answers 404) and are never"
                    + " called there";
        }
        if (scenario == ScenarioContext.NONE || !tags.contains(PRODUCTION_SAFE)) {
            return "it does not come from a " + PRODUCTION_SAFE + " scenario ('" + scenario.name() + "'); on"
                    + " production only " + PRODUCTION_SAFE + " scenarios may call the API";
        }
        if (tags.contains(SIMULATOR_ONLY)) {
            return "scenario '" + scenario.name() + "' is " + SIMULATOR_ONLY;
        }
        if (tags.contains(RAISES_TICKET) && !raiseTickets) {
            return "scenario '" + scenario.name() + "' opens a real support ticket (" + RAISES_TICKET
                    + ") and --raise-tickets was not given";
        }
        if (isKycLinkRefresh(method, path) && !tags.contains(KYC_REFRESH_SCENARIO)) {
            return "a KYC link refresh replaces the link the person doing the identity check holds; on production"
                    + " only Phase 3 test 4 (" + KYC_REFRESH_SCENARIO + ") may ask for one, and scenario '"
                    + scenario.name() + "' is not it";
        }
        return null;
    }

    private static boolean isKycLinkRefresh(String method, String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return "POST".equalsIgnoreCase(method) && trimmed.matches(".*/cardholders/[^/]+/kyc-url/refresh");
    }
}
