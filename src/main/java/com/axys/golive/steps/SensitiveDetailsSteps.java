package com.axys.golive.steps;

import com.axys.golive.redaction.Luhn;
import com.axys.golive.redaction.Markers;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card's sensitive details (full PAN, CVV, expiry), and the proof that they never reach the evidence. Every
 * assertion here is on a boolean with a description that names the rule, never the value: a failure message goes to
 * Surefire reports and consoles, which nobody redacts.
 */
public final class SensitiveDetailsSteps {

    private static final Pattern PAN = Pattern.compile("\\d{13,19}");
    private static final Pattern CVV = Pattern.compile("\\d{3,4}");
    private static final Pattern MONTH = Pattern.compile("0[1-9]|1[0-2]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final World world;

    public SensitiveDetailsSteps(World world) {
        this.world = world;
    }

    @When("the sensitive details of {card} are read")
    public void detailsAreRead(String card) {
        world.remember(world.api().cards().details(world.card(card)));
    }

    @Then("the details hold a valid full card number ending in the last four digits {card} shows")
    public void detailsHoldTheFullNumber(String card) {
        String number = JsonAnswer.of(world.last()).getString("cardNumber");
        Response shown = world.api().cards().get(world.card(card));
        assertThat(shown.statusCode()).as("GET card status").isEqualTo(200);
        String masked = JsonAnswer.of(shown).getString("maskedCardNumber");
        assertThat(number != null && PAN.matcher(number).matches())
                .as("the full card number is 13-19 digits").isTrue();
        assertThat(Luhn.valid(number)).as("the full card number passes the Luhn check").isTrue();
        assertThat(masked != null && masked.length() >= 4 && number.endsWith(masked.substring(masked.length() - 4)))
                .as("the full card number ends in the last four digits of maskedCardNumber").isTrue();
    }

    @Then("the details hold a security code and an expiry date that has not passed")
    public void detailsHoldCvvAndExpiry() {
        JsonAnswer details = JsonAnswer.of(world.last());
        String cvv = details.getString("cvv");
        String month = details.getString("expMonth");
        String year = details.getString("expYear");
        assertThat(cvv != null && CVV.matcher(cvv).matches()).as("the security code is 3 or 4 digits").isTrue();
        assertThat(month != null && MONTH.matcher(month).matches()).as("expMonth is MM (01-12)").isTrue();
        assertThat(year != null && YEAR.matcher(year).matches()).as("expYear is YYYY").isTrue();
        YearMonth today = YearMonth.now(world.session().clock().withZone(ZoneOffset.UTC));
        assertThat(!YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).isBefore(today))
                .as("the expiry date has not passed").isTrue();
    }

    @Then("the evidence written so far contains neither the card number nor the security code")
    public void evidenceHoldsNoDetails() {
        JsonAnswer details = JsonAnswer.of(world.last());
        String number = details.getString("cardNumber");
        String cvv = details.getString("cvv");
        assertThat(number != null && cvv != null).as("the last call returned a card number and a security code")
                .isTrue();
        Pattern cvvField = Pattern.compile("\"cvv\"\\s*:\\s*\"" + Pattern.quote(cvv) + "\"");
        List<Path> files = evidenceFiles();
        assertThat(files).as("evidence files of this run").isNotEmpty();
        boolean markerSeen = false;
        for (Path file : files) {
            String text = read(file);
            String name = file.getFileName().toString();
            assertThat(text.contains(number)).as("%s contains the full card number", name).isFalse();
            assertThat(cvvField.matcher(text).find())
                    .as("%s contains the security code as a cvv field", name).isFalse();
            markerSeen |= text.contains(Markers.of("pan"));
        }
        assertThat(markerSeen).as("the evidence shows %s where the card number was", Markers.of("pan")).isTrue();
    }

    private List<Path> evidenceFiles() {
        try (Stream<Path> walk = Files.walk(world.session().evidence().dir())) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence folder " + world.session().evidence().dir(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence file " + file, e);
        }
    }
}
