package com.axys.golive.allure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The main class of the Allure child JVM: it runs the main class named by its first argument with the rest, and
 * halts the JVM the moment its standard input, a pipe held open by the harness, reaches end of file. The operating
 * system closes that pipe however the harness ends, SIGKILL included, so Allure never outlives the run nor writes
 * into a bundle nobody is finishing. Standard input is the lifeline only: nothing is read from it.
 *
 * <p>It is copied on its own into the child's classpath (see {@link AllureReport}), so it uses the JDK only and
 * must stay one class file (no nested or anonymous classes).
 */
public final class Lifeline {

    /** The exit status when the parent went away. */
    static final int ORPHANED = 143;

    private Lifeline() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: Lifeline <main class> [arguments...]");
            System.exit(2);
        }
        Thread watch = new Thread(() -> awaitEndOfInput(System.in), "golive-lifeline");
        watch.setDaemon(true);
        watch.start();
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] ignored = new byte[256];
        try {
            while (in.read(ignored) >= 0) {
                // the parent writes nothing; whatever comes is ignored
            }
        } catch (IOException closed) {
            // a broken pipe is the same news as end of file
        }
        Runtime.getRuntime().halt(ORPHANED);
    }
}
