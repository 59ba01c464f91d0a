package com.axys.golive.simulator.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creating, reading, listing and editing cardholders. A new cardholder is a Draft (4); personal details can be
 * edited only in 2, 4, 6 and 7, while the limited update (limit and contact details) works in any status.
 */
public final class CardholderOperations {

    private static final List<String> ORDERINGS = List.of("cardholderId", "status", "lastName", "dateCreated");
    private static final Map<String, Comparator<Cardholder>> COMPARATORS = Map.of(
            "cardholderId", Comparator.comparingLong(Cardholder::cardholderId),
            "status", Comparator.comparingInt(holder -> holder.status().code()),
            "lastName", Comparator.comparing(holder -> holder.details().lastName()),
            "dateCreated", Comparator.comparing(Cardholder::dateCreated));

    private final AxysStore store;
    private final Clock clock;
    private final Supplier<? extends ProgramRules> program;

    CardholderOperations(AxysStore store, Clock clock, Supplier<? extends ProgramRules> program) {
        this.store = store;
        this.clock = clock;
        this.program = program;
    }

    /**
     * GET /cardholders: optional {@code status} filter (0-7), the creation window {@code after}/{@code before} (Unix
     * seconds, on {@code dateCreated}) and the common paging parameters.
     */
    public Result<Page<Cardholder>> list(Fields query) {
        FieldRules rules = new FieldRules(query);
        Long status = rules.optionalInteger("status", 0, 7, "integer 0-7");
        CreationWindow window = CreationWindow.read(rules);
        PageRequest paging = PageRequest.read(rules, ORDERINGS);
        return rules.result(() -> paging).map(request -> store.locked(() -> {
            List<Cardholder> matches = store.cardholders(clock.instant()).stream()
                    .filter(holder -> status == null || holder.status().code() == status)
                    .filter(holder -> window.contains(holder.dateCreated())).toList();
            return request.page(matches, COMPARATORS, COMPARATORS.get("cardholderId"));
        }));
    }

    /** POST /cardholders: validates every rule at once; the cardholder starts as a Draft (4). */
    public Result<Cardholder> create(Fields body) {
        return validation().forCreate(body).map(draft -> store.locked(() -> store.addCardholder(id ->
                new Cardholder(id, CardholderStatus.DRAFT, draft.details(), Boolean.TRUE.equals(draft.sumsubEnabled()),
                        draft.transactionLimit() != null ? draft.transactionLimit()
                                : program.get().transactionLimitCeiling(),
                        clock.instant(), null, null, null))));
    }

    public Result<Cardholder> get(long cardholderId) {
        return store.locked(() -> find(cardholderId));
    }

    /** PUT /cardholders/{id}: personal details, only while not locked by compliance (409 in 0, 1, 3, 5). */
    public Result<Cardholder> edit(long cardholderId, Fields body) {
        return store.locked(() -> find(cardholderId).flatMap(holder -> {
            if (!holder.status().editable()) {
                return Result.failed(DomainError.invalidState("cardholder " + cardholderId + " is in status "
                        + holder.status() + "; PUT /cardholders/{id} edits only in status 2, 4, 6 or 7 (use PUT "
                        + "/cardholders/{id}/update for the limit and contact details)"));
            }
            return validation().forEdit(body).map(patch -> store.put(apply(holder, patch)));
        }));
    }

    /** PUT /cardholders/{id}/update: limit and contact details, in any status. */
    public Result<Cardholder> update(long cardholderId, Fields body) {
        return store.locked(() -> find(cardholderId).flatMap(holder ->
                validation().forUpdate(body).map(patch -> store.put(apply(holder, patch)))));
    }

    /**
     * POST /cardholders/{id}/register-wallet-address, deprecated but still working (reference 8.30): deposit
     * addresses are provisioned at card issuance, so there is nothing left to register. Accepted for a known
     * cardholder; nothing changes.
     */
    public Result<Cardholder> registerWalletAddress(long cardholderId) {
        return store.locked(() -> find(cardholderId));
    }

    Result<Cardholder> find(long cardholderId) {
        return store.cardholder(cardholderId, clock.instant()).<Result<Cardholder>>map(Result::ok)
                .orElseGet(() -> Result.failed(DomainError.notFound("no cardholder with id " + cardholderId)));
    }

    private static Cardholder apply(Cardholder holder, CardholderDraft patch) {
        return holder.withDetails(holder.details().merge(patch.details()),
                patch.sumsubEnabled() != null ? patch.sumsubEnabled() : holder.sumsubEnabled(),
                patch.transactionLimit() != null ? patch.transactionLimit() : holder.transactionLimit());
    }

    private CardholderValidation validation() {
        return new CardholderValidation(program.get(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
