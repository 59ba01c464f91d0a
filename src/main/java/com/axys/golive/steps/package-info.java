/**
 * Cucumber glue: declarative steps in the card domain's language, one final class per domain area, all sharing the
 * scenario-scoped {@link com.axys.golive.steps.World}. Steps call the typed client and assert with AssertJ; they
 * never write evidence (capture does) and never branch on the target (tags decide where a scenario runs).
 */
package com.axys.golive.steps;
