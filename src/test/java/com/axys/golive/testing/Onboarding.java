package com.axys.golive.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies the tests share (the simulator's, the domain's, the proxy's). */
public final class Onboarding {

    private Onboarding() {
    }

    /** The twelve required fields of POST /cardholders for persona "Jordan". */
    public static Map<String, Object> jordan() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Jordan");
        body.put("lastName", "Rivers");
        body.put("emailAdr", "jordan@example.test");
        body.put("gender", 2);
        body.put("nationality", "American");
        body.put("placeOfBirth", "USA");
        body.put("dob", "1990-04-01");
        body.put("adrLine1", "1 Main Street");
        body.put("city", "Springfield");
        body.put("country", "US");
        body.put("callingCode", "1");
        body.put("cellNum", "5550100200");
        return body;
    }
}
