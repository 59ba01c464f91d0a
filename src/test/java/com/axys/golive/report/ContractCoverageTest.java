package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ContractCoverageTest {

    private static final String BALANCE = "{\"status\":\"success\",\"cardId\":8821,\"ledgerBalance\":100,"
            + "\"availableBalance\":90}";

    @TempDir
    Path root;

    @Test
    void listsEveryOperationTimesEveryStatusItListsAndCountsTheCallsThatGotIt() {
        List<StatusCoverage> cells;
        try (BundleFixture fixture = BundleFixture.open(root)) {
            ScenarioContext s = BundleFixture.scenario("Balance is polled", "P1.INT.07");
            fixture.call(s, "GET", "/cards/8821/balance", 200, BALANCE);
            fixture.call(s, "GET", "/cards/8821/balance", 200, BALANCE);
            fixture.call(s, "GET", "/cards/9999/balance", 404,
                    "{\"status\":\"error\",\"message\":\"no card\",\"code\":\"NOT_FOUND\"}");
            cells = ContractCoverage.of(ContractCatalog.fromClasspath(), fixture.bundle().calls());
        }
        ContractCatalog catalog = ContractCatalog.fromClasspath();
        assertThat(cells).hasSize(catalog.operations().stream().mapToInt(o -> o.responses().size()).sum());
        StatusCoverage ok = cell(cells, "getCardBalance", 200);
        assertThat(ok.exercised()).isTrue();
        assertThat(ok.count()).isEqualTo(2);
        assertThat(ok.calls()).containsExactly(1L, 2L);
        assertThat(ok.source()).isEqualTo("inferred");
        assertThat(cell(cells, "getCardBalance", 404).calls()).containsExactly(3L);
        assertThat(cell(cells, "getCardBalance", 403).exercised()).isFalse();
        assertThat(cell(cells, "getCardBalance", 403).source()).isEqualTo("documented");
        assertThat(cell(cells, "getCard", 200).count()).isZero();
    }

    @Test
    void marksDeprecatedOperations() {
        List<StatusCoverage> cells = ContractCoverage.of(ContractCatalog.fromClasspath(), List.of());
        assertThat(cell(cells, "depositCard", 200).deprecated()).isTrue();
        assertThat(cell(cells, "getCard", 200).deprecated()).isFalse();
        assertThat(cells).noneMatch(StatusCoverage::exercised);
    }

    private static StatusCoverage cell(List<StatusCoverage> cells, String operationId, int status) {
        return cells.stream().filter(c -> c.operationId().equals(operationId) && c.status() == status).findFirst()
                .orElseThrow();
    }
}
