package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.client.AxysClient;
import com.axys.golive.client.Retries;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * The rate limit provoked on a real target ({@code --provoke-rate-limit}): one short burst of reads without the
 * harness's polite pacing, bounded in calls and time, stopped at the first 429. The client's own handling (wait what
 * {@code Retry-After} asks, read again) is then what the evidence shows. A target that never refused the burst leaves
 * the scenario skipped, not passed: the 429 part stays unproven there.
 */
public final class RateLimitSteps {

    /** However many calls a burst is allowed, it ends after this long. */
    static final Duration BURST_TIME = Duration.ofSeconds(15);

    private final World world;
    private int sent;
    private Duration took = Duration.ZERO;

    public RateLimitSteps(World world) {
        this.world = world;
    }

    @When("the Program reads its cardholder list in a burst of at most {int} calls, stopping at the first rate limit")
    public void burst(int max) {
        AxysClient fast = world.api().unpaced();
        long t0 = System.nanoTime();
        while (sent < max && !limited() && System.nanoTime() - t0 < BURST_TIME.toNanos()) {
            world.remember(fast.cardholders().list(Map.of("limit", 1)));
            sent++;
        }
        took = Duration.ofNanos(System.nanoTime() - t0);
        world.note("burst", sent);
    }

    @Then("the target refused a read with 429 and the client read it again after the wait it asked for")
    public void refusedAndReadAgain() {
        List<Retries.Decision> limited = world.retriesInScenario().stream().filter(d -> d.status() == 429).toList();
        if (limited.isEmpty()) {
            throw new TestAbortedException("no rate limit met: " + sent + " reads in " + took.toMillis() + " ms were"
                    + " all answered; the 429 handling stays unproven on this target");
        }
        Retries.Decision first = limited.get(0);
        assertThat(first.method()).as("only a read is repeated after a 429").isEqualTo("GET");
        assertThat(first.waited()).as("the client waited before reading again").isPositive();
        assertThat(world.last().statusCode()).as("the read after the wait").isEqualTo(200);
    }

    private boolean limited() {
        return world.retriesInScenario().stream().anyMatch(d -> d.status() == 429);
    }
}
