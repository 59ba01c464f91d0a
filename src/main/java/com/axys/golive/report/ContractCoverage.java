package com.axys.golive.report;

import com.axys.golive.contract.ContractCatalog;
import com.axys.golive.contract.ContractOperation;
import com.axys.golive.contract.ContractResponse;
import java.util.ArrayList;
import java.util.List;

/** Every contract operation x every status it lists, with the calls of the run that answered it. */
final class ContractCoverage {

    private ContractCoverage() {
    }

    static List<StatusCoverage> of(ContractCatalog catalog, List<CallRecord> calls) {
        List<StatusCoverage> cells = new ArrayList<>();
        for (ContractOperation operation : catalog.operations()) {
            for (ContractResponse response : operation.responses()) {
                List<Long> seqs = calls.stream()
                        .filter(c -> operation.operationId().equals(c.operationId()) && c.status() == response.status())
                        .map(CallRecord::seq).toList();
                cells.add(new StatusCoverage(operation.operationId(), operation.method(), operation.pathTemplate(),
                        operation.deprecated(), response.status(), response.source().mark(), seqs.size(), seqs));
            }
        }
        return cells;
    }
}
