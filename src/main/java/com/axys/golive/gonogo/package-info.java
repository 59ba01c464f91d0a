/**
 * The go/no-go decision for launch day: the saved preflight results (Phase 2), the Phase 3 production
 * verification bundle and its sign-offs, judged into GO, GO WITH WARNINGS or NO-GO with every red item named.
 * {@code golive go-no-go} reads the inputs ({@link com.axys.golive.gonogo.GoNoGoInputs}), decides
 * ({@link com.axys.golive.gonogo.GoNoGo#decide}) and writes one self-contained page ({@link com.axys.golive.gonogo.GoNoGoHtml}).
 */
package com.axys.golive.gonogo;
