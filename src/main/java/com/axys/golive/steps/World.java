package com.axys.golive.steps;

import com.axys.golive.client.AxysClient;
import com.axys.golive.client.SettleWindow;
import com.axys.golive.client.Sleeper;
import com.axys.golive.client.StatusPoller;
import com.axys.golive.client.TransferGuard;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.simulator.SimulatorControl;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of one scenario: who the personas are (aliases to ids), the last response, and the run's session.
 * PicoContainer makes one per scenario and hands it to every step class.
 */
public final class World {

    /**
     * Balance polling: bank clearing takes "about 5 business days", so probes back off from minutes to every 12 hours,
     * for up to 10 days (5 business days and a long weekend). The review schedule caps at 5 minutes and a 30-minute
     * deadline, which would take some 1,400 probes to see a deposit clear.
     */
    static final StatusPoller.Schedule BALANCE_SCHEDULE = new StatusPoller.Schedule(List.of(Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6)), Duration.ofHours(12), Duration.ofDays(10));

    /**
     * Money that takes a day or days to clear (a purchase going from Pending to Cleared, a wallet's bank deposit):
     * probes after 1 h, 6 h and 12 h, then daily, for up to 10 days. Nothing is expected within minutes, so minute
     * probes would only add calls.
     */
    static final StatusPoller.Schedule CLEARING_SCHEDULE = new StatusPoller.Schedule(List.of(Duration.ofHours(1),
            Duration.ofHours(6), Duration.ofHours(12)), Duration.ofDays(1), Duration.ofDays(10));

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(World.class);

    private final HarnessSession session;
    private final Map<String, Long> cardholders = new LinkedHashMap<>();
    private final Map<String, Long> cards = new LinkedHashMap<>();
    private final Map<String, Long> wallets = new LinkedHashMap<>();
    private final Map<String, Object> notes = new LinkedHashMap<>();
    private final Map<String, Integer> carried = new java.util.HashMap<>();
    private Response last;
    private final int retriesBefore;
    private boolean faultsArmed;

    public World() {
        this.session = HarnessSessions.current();
        this.retriesBefore = session.retries().size();
    }

    /** The retries the client made since this scenario started. */
    public List<com.axys.golive.client.Retries.Decision> retriesInScenario() {
        List<com.axys.golive.client.Retries.Decision> all = session.retries();
        return all.subList(Math.min(retriesBefore, all.size()), all.size());
    }

    public HarnessSession session() {
        return session;
    }

    public AxysClient api() {
        return session.client();
    }

    /**
     * The next test identity of this run (unique e-mail, last name, phone and birth date of a cardholder to create),
     * numbered across the run's scenarios.
     */
    TestIdentity nextTestIdentity() {
        return TestIdentity.of(runTag(), TestDataSequence.next(session));
    }

    /** A tag for this run's test data (e-mail addresses), letters and digits only. */
    public String runTag() {
        return session.evidence().runId().replaceAll("[^A-Za-z0-9]", "");
    }

    /**
     * A poller on {@link #BALANCE_SCHEDULE} that waits the way the run's own poller does: on the embedded simulator it
     * advances the virtual clock, on a real target it sleeps.
     */
    public StatusPoller balancePoller() {
        return session.poller(BALANCE_SCHEDULE);
    }

    /**
     * The clock the target stamps its records with, for time-window filters: the simulator's virtual clock when the
     * embedded simulator is the target (its time runs ahead as polls advance it), the run's clock otherwise.
     */
    public Clock targetClock() {
        return session.simulator().<Clock>map(s -> s.clock()).orElse(session.clock());
    }

    /**
     * The transfer idempotency guard on this run's client: it waits the way the run's poller does (advancing the
     * simulator's virtual clock, or sleeping), looks transfers up on {@link #targetClock()}, and settles for the
     * configured window ({@code client.transferSettleSeconds}).
     */
    public TransferGuard transferGuard() {
        Sleeper sleeper = session.simulator().<Sleeper>map(s -> s.clock()::advance).orElse(Sleeper.real());
        return new TransferGuard(api().wallets(), targetClock(), sleeper,
                new SettleWindow(session.config().transferSettle()));
    }

    /**
     * Polls on {@code poller} within the run's wait budget: see {@link com.axys.golive.run.TargetWaits}. On a real
     * target a wait the budget cuts short makes the scenario pending on the target, naming {@code what} and
     * {@code entities}; a wait that ends by itself is returned for the step to judge.
     */
    public <T> StatusPoller.Outcome<T> await(StatusPoller poller, String what, Map<String, ?> entities,
                                             java.util.function.Supplier<T> probe,
                                             java.util.function.Predicate<T> done) {
        return session.waits().until(poller, what, entities, probe, done);
    }

    /**
     * Runs {@code make}, a step's change on the target (a cardholder created and submitted, a card issued, purchases
     * made), unless this run continues a scenario an earlier run left pending ({@code golive run --continue}): then
     * the earlier run's value is adopted and nothing is made twice, so a wait that outlived one run goes on in the
     * next. Either way the value is carried: if the scenario ends pending again, the evidence files it for the next
     * run. Carry ids and facts only, never a secret (the value is written into {@code scenarios.jsonl}).
     */
    public <T> T carry(String key, Class<T> type, Supplier<T> make) {
        return carry(key, EvidenceRun.MAPPER.constructType(type), make);
    }

    /** {@link #carry(String, Class, Supplier)} for a generic value (a list of purchases). */
    public <T> T carry(String key, TypeReference<T> type,
                       Supplier<T> make) {
        return carry(key, EvidenceRun.MAPPER.getTypeFactory().constructType(type), make);
    }

    private <T> T carry(String step, JavaType type,
                        Supplier<T> make) {
        var mapper = EvidenceRun.MAPPER;
        int occurrence = carried.merge(step, 1, Integer::sum); // the same step twice in a scenario: two slots
        String key = occurrence == 1 ? step : step + "#" + occurrence;
        Optional<JsonNode> earlier = session.tracker().resumed(key);
        T value;
        if (earlier.isPresent()) {
            try {
                value = mapper.treeToValue(earlier.get(), type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalStateException("--continue: the earlier run carried '" + key + "' in a form this"
                        + " version cannot read (" + e.getClass().getSimpleName() + "); start the scenario afresh"
                        + " without --continue", e);
            }
            String line = "         continues run " + session.tracker().continuedFrom().orElse("?") + ": adopted "
                    + key + " = " + earlier.get();
            LOG.info(line.strip());
            session.progress().report(line);
        } else {
            value = make.get();
        }
        session.tracker().carry(key, mapper.valueToTree(value));
        return value;
    }

    /** A poller on {@link #CLEARING_SCHEDULE}, waiting the way the run's own poller does. */
    public StatusPoller clearingPoller() {
        return session.poller(CLEARING_SCHEDULE);
    }

    /** The embedded simulator's control surface, for steps of {@code @simulator-only} scenarios only. */
    public SimulatorControl simulatorControl() {
        return session.simulator().map(s -> s.server().control()).orElseThrow(() -> new IllegalStateException(
                "this step drives the embedded simulator's control surface, but the target is "
                        + session.target().name() + "; tag the scenario @simulator-only"));
    }

    /**
     * The embedded simulator's control surface for arming faults (injected failures, lost answers, overrides) that
     * this scenario means to meet: the scenario is marked, and {@link FaultHooks} drops every fault when it ends, so
     * that one left unused does not reach the next scenario. Setup that must outlive the scenario uses
     * {@link #simulatorControl()}.
     */
    public SimulatorControl faults() {
        SimulatorControl control = simulatorControl();
        faultsArmed = true;
        return control;
    }

    /** Whether a step armed faults through {@link #faults()} in this scenario. */
    boolean faultsArmed() {
        return faultsArmed;
    }

    /** Remembers {@code response} as the one {@code Then} steps talk about, and returns it. */
    public Response remember(Response response) {
        this.last = response;
        return response;
    }

    public Response last() {
        if (last == null) {
            throw new IllegalStateException("no call has been made yet in this scenario; a When step must come first");
        }
        return last;
    }

    public void nameCardholder(String persona, long id) {
        cardholders.put(persona, id);
    }

    public long cardholder(String persona) {
        Long id = cardholders.get(persona);
        if (id == null) {
            throw new IllegalStateException("no cardholder called '" + persona + "' in this scenario; known: "
                    + cardholders.keySet());
        }
        return id;
    }

    public void nameCard(String alias, long id) {
        cards.put(alias, id);
    }

    public long card(String alias) {
        Long id = cards.get(alias);
        if (id == null) {
            throw new IllegalStateException("no card called '" + alias + "' in this scenario; known: " + cards.keySet());
        }
        return id;
    }

    public void nameWallet(String alias, long id) {
        wallets.put(alias, id);
    }

    public long wallet(String alias) {
        Long id = wallets.get(alias);
        if (id == null) {
            throw new IllegalStateException("no wallet called '" + alias + "' in this scenario; known: "
                    + wallets.keySet());
        }
        return id;
    }

    public void note(String key, Object value) {
        notes.put(key, value);
    }

    public <T> Optional<T> noted(String key, Class<T> type) {
        return Optional.ofNullable(notes.get(key)).map(type::cast);
    }
}
