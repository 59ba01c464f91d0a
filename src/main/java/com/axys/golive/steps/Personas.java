package com.axys.golive.steps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test identities: real-looking but plainly internal (example.com mail, 555 numbers), one per persona name, so that
 * records are easy to find and clean up on staging. Never real people, never real card data.
 */
final class Personas {

    private Personas() {
    }

    /** A POST /cardholders body with every required field, for {@code persona} ("Jordan"). */
    static Map<String, Object> cardholder(String persona, String runTag) {
        String first = persona.length() >= 2 ? persona : persona + "x";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", first);
        body.put("lastName", "Golive");
        String tag = runTag.length() > 6 ? runTag.substring(runTag.length() - 6) : runTag;
        body.put("emailAdr", first.toLowerCase(Locale.ROOT) + "+golive" + tag + "@example.com");
        body.put("gender", 2);
        body.put("nationality", "American");
        body.put("placeOfBirth", "USA");
        body.put("dob", "1990-04-12");
        body.put("adrLine1", "1 Test Street");
        body.put("city", "San Francisco");
        body.put("state", "CA");
        body.put("country", "US");
        body.put("zipCode", "94105");
        body.put("callingCode", "1");
        body.put("cellNum", "4155550100");
        return body;
    }
}
