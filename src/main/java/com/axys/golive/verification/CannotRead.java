package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.nio.file.Path;

/** The one wording for a file the tools cannot read: a problem of the machine, not of the bundle. */
final class CannotRead {

    private CannotRead() {
    }

    static HarnessException of(Path path, IOException e) {
        return new HarnessException(Category.USAGE, "cannot read " + path + " (" + e.getClass().getSimpleName()
                + "); check that it exists and is readable by this user", e);
    }
}
