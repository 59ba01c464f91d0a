package com.axys.golive.report;

/**
 * The blanks a person fills in to sign off an item the harness cannot prove (manual), or proves only in part.
 * Always written empty: the report never invents a sign-off.
 */
record SignOff(String name, String date, String evidenceReference) {

    static final SignOff BLANK = new SignOff("", "", "");
}
