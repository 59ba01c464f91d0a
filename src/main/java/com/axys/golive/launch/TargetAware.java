package com.axys.golive.launch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a step definition that uses the embedded simulator's control surface only when the target is the embedded
 * simulator, and does the real-world thing on every other target (Phase 3 test 4: the simulator is told the review
 * outcome; in production a person completes the identity check). Such a step may appear in a
 * {@code @production-safe} scenario; every other step that reaches the control surface or a {@code /staging/*}
 * endpoint may not, and the production-safety scan of the features enforces it.
 *
 * <p>This is the one sanctioned exception to "steps never branch on the target": use it only where the runbook itself
 * needs a person in production, and say in the step's Javadoc what happens on each target.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TargetAware {

    /** What the step does on the embedded simulator, and what it does everywhere else. */
    String value();
}
