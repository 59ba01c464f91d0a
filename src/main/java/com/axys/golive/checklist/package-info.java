/**
 * The Program Launch Checklist (go-live runbook) as data: {@code checklist/launch-checklist.yaml}, loaded and
 * validated once by {@link com.axys.golive.checklist.Checklist}. Its item ids are the {@code @checklist:<id>} tags
 * of the scenarios and the rows of the evidence coverage matrix.
 * Nothing here runs a check or decides a result; it only says what the runbook asks and how the harness covers it.
 */
package com.axys.golive.checklist;
