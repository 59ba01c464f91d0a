/**
 * One run of the harness: the session that turns a configuration into a live target (starting the embedded
 * simulator when asked), a configured client and an open evidence bundle, what the run's scenarios share
 * ({@link com.axys.golive.run.HarnessSession#runScoped}), the one bridge the Cucumber glue reaches it through
 * ({@link com.axys.golive.run.HarnessSessions}), and the run's private temporary folder for key material that must
 * not outlive it. Step
 * definitions and the CLI meet here; no HTTP or evidence format details live here.
 */
package com.axys.golive.run;
