package com.axys.golive.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.domain.SimulatedAxys;
import com.axys.golive.simulator.domain.VirtualClock;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The dispatcher without a server: ordering of checks, URL handling and bodies. */
final class ApiDispatcherTest {

    private static final String KEY = "k-123";
    private final ResponseOverrides overrides = new ResponseOverrides();
    private final ApiDispatcher dispatcher = new ApiDispatcher(
            new SimulatedAxys(new VirtualClock(Clock.systemUTC()), ProgramProfile::defaults, 1L), KEY, overrides);

    private ApiResponse call(String method, String url, String body) {
        return dispatcher.dispatch(new ApiRequest(method, url, KEY, body));
    }

    @Test
    void anInjectedFailureComesBeforeTheApiKeyCheck() {
        overrides.failNext("listCards", 1, 503);
        assertThat(dispatcher.dispatch(new ApiRequest("GET", "/v2/cards", null, "")).status()).isEqualTo(503);
        assertThat(dispatcher.dispatch(new ApiRequest("GET", "/v2/cards", null, "")).status()).isEqualTo(401);
    }

    @Test
    void theKeyIsCheckedBeforeTheRouteSoStrangersLearnNothing() {
        assertThat(dispatcher.dispatch(new ApiRequest("GET", "/v2/nothing", "wrong", "")).status()).isEqualTo(401);
        assertThat(call("GET", "/v2/nothing", "").status()).isEqualTo(404);
    }

    @Test
    void everythingLivesUnderV2() {
        assertThat(call("GET", "/cardholders", "").status()).isEqualTo(404);
        assertThat(call("GET", "/v2/cardholders/", "").status()).isEqualTo(200);
    }

    @Test
    void queryParametersAreDecodedAndChecked() {
        assertThat(call("GET", "/v2/cardholders?limit=%32%30", "").body().path("limit").asInt()).isEqualTo(20);
        assertThat(call("GET", "/v2/cardholders?limit=%zz", "").status()).isEqualTo(400);
        assertThat(call("GET", "/v2/cards?issuerCardStatus=9", "").status()).isEqualTo(422);
    }

    @Test
    void anEmptyBodyIsAnEmptyObjectAndTrailingGarbageIsMalformed() {
        assertThat(call("POST", "/v2/cardholders", "").status()).isEqualTo(422);
        assertThat(call("POST", "/v2/cardholders", "{} {}").status()).isEqualTo(400);
    }

    @Test
    void routesWithoutABodyIgnoreWhateverIsSent() {
        long id = call("POST", "/v2/cardholders", "{\"firstName\":\"Jordan\",\"lastName\":\"Rivers\","
                + "\"emailAdr\":\"j@example.test\",\"gender\":0,\"nationality\":\"British\",\"placeOfBirth\":\"GBR\","
                + "\"dob\":\"1980-01-31\",\"adrLine1\":\"1 High St\",\"city\":\"Leeds\",\"country\":\"GB\","
                + "\"callingCode\":\"44\",\"cellNum\":\"07700900123\"}").body().path("cardholderId").asLong();
        assertThat(call("PUT", "/v2/cardholders/" + id + "/kyc-submit", "not json").status()).isEqualTo(200);
    }

    @Test
    void aTextPathParameterIsOnePercentDecodedSegmentWhileIdsMustBeIntegers() {
        assertThat(call("GET", "/v2/otp/no%2Bsuch-token", "").body().path("message").asText())
                .isEqualTo("no OTP listener with this token");
        assertThat(call("GET", "/v2/otp/%zz", "").status()).isEqualTo(400);
        assertThat(call("GET", "/v2/otp/listeners", "").status()).isEqualTo(404);
        assertThat(call("POST", "/v2/staging/cards/abc/otp", "").status()).isEqualTo(400);
        assertThat(Route.isId("cardholderId")).isTrue();
        assertThat(Route.isId("token")).isFalse();
    }

    @Test
    void successBodiesStartWithTheEnvelopeStatus() {
        assertThat(call("GET", "/v2/cards", "").body().fieldNames().next()).isEqualTo("status");
    }
}
