package com.axys.golive.simulator.domain;

/**
 * A cardholder's personal and contact details as submitted. In a patch (edit, limited update) a {@code null} means
 * "not sent: keep the current value"; on a stored cardholder it means the optional field was never given.
 */
public record PersonalDetails(String firstName, String lastName, String emailAdr, Integer gender, String nationality,
                              String placeOfBirth, String dob, String adrLine1, String city, String state,
                              String country, String zipCode, String callingCode, String cellNum,
                              String countryCallingCode, String phoneNum) {

    /** These details with every field the patch carries replaced. */
    public PersonalDetails merge(PersonalDetails patch) {
        return new PersonalDetails(pick(patch.firstName, firstName), pick(patch.lastName, lastName),
                pick(patch.emailAdr, emailAdr), pick(patch.gender, gender), pick(patch.nationality, nationality),
                pick(patch.placeOfBirth, placeOfBirth), pick(patch.dob, dob), pick(patch.adrLine1, adrLine1),
                pick(patch.city, city), pick(patch.state, state), pick(patch.country, country),
                pick(patch.zipCode, zipCode), pick(patch.callingCode, callingCode), pick(patch.cellNum, cellNum),
                pick(patch.countryCallingCode, countryCallingCode), pick(patch.phoneNum, phoneNum));
    }

    private static <T> T pick(T patched, T current) {
        return patched != null ? patched : current;
    }

    /** Names and contact data are personal data: they stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "PersonalDetails[redacted]";
    }
}
