/**
 * Allure for a run: a results writer that redacts every result and attachment before it reaches disk, and the
 * offline report build (the Allure command line unpacked at build time, run in a child JVM with analytics off and
 * a lifeline to the harness, rendered as one file with no third-party script). Nothing else of the harness
 * depends on Allure.
 */
package com.axys.golive.allure;
