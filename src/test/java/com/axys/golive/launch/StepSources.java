package com.axys.golive.launch;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the glue's source to find the step definitions that reach the embedded simulator's control surface
 * ({@code simulatorControl()}) or a {@code /staging/*} simulation endpoint ({@code .staging()}), directly or through
 * a helper method of the same class. Production answers neither, so such a step has no place in a
 * {@code @production-safe} scenario, unless it is marked {@link TargetAware}.
 */
final class StepSources {

    static final Path GLUE = Path.of("src/main/java/com/axys/golive/steps");
    private static final List<String> SIMULATION_CALLS = List.of("simulatorControl()", ".staging()");
    private static final Pattern CALL = Pattern.compile("\\b(\\w+)\\s*\\(");

    /** A step definition: its class, method, Cucumber expression, and whether it may run in production. */
    record StepDefinition(Class<?> type, String method, String expression, boolean drivesSimulation,
                          boolean targetAware) {
    }

    private StepSources() {
    }

    static List<StepDefinition> read() {
        List<StepDefinition> steps = new ArrayList<>();
        try (Stream<Path> files = Files.list(GLUE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                steps.addAll(read(Class.forName("com.axys.golive.steps." + name),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glue sources under " + GLUE.toAbsolutePath(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a glue source has no compiled class: " + e.getMessage(), e);
        }
        return steps;
    }

    private static List<StepDefinition> read(Class<?> type, String source) {
        Map<String, String> bodies = new HashMap<>();
        for (Method m : type.getDeclaredMethods()) {
            bodies.put(m.getName(), body(source, m.getName()));
        }
        Set<String> driving = new HashSet<>();
        bodies.forEach((name, body) -> {
            if (SIMULATION_CALLS.stream().anyMatch(body::contains)) {
                driving.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var entry : bodies.entrySet()) {
                if (!driving.contains(entry.getKey()) && calls(entry.getValue()).stream().anyMatch(driving::contains)) {
                    driving.add(entry.getKey());
                    grew = true;
                }
            }
        }
        List<StepDefinition> steps = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            String expression = expression(m);
            if (expression != null) {
                steps.add(new StepDefinition(type, m.getName(), expression, driving.contains(m.getName()),
                        m.isAnnotationPresent(TargetAware.class)));
            }
        }
        return steps;
    }

    private static String expression(Method m) {
        if (m.isAnnotationPresent(Given.class)) {
            return m.getAnnotation(Given.class).value();
        }
        if (m.isAnnotationPresent(When.class)) {
            return m.getAnnotation(When.class).value();
        }
        return m.isAnnotationPresent(Then.class) ? m.getAnnotation(Then.class).value() : null;
    }

    private static Set<String> calls(String body) {
        Set<String> names = new HashSet<>();
        Matcher m = CALL.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The body of the method called {@code name}, or "" when the source declares none (a synthetic lambda). */
    private static String body(String source, String name) {
        Matcher declaration = Pattern.compile("(?m)^[ \\t]*(?:(?:public|protected|private|static|final|synchronized)"
                + "\\s+)*[\\w.]+(?:<[^()]*?>)?(?:\\[\\])*\\s+" + Pattern.quote(name)
                + "\\s*\\([^;{]*\\)\\s*(?:throws [\\w.,\\s]+)?\\{").matcher(source);
        if (!declaration.find()) {
            return "";
        }
        int start = declaration.end();
        int depth = 1;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(source, i, c);
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                i = source.indexOf("*/", i) + 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(start, i);
            }
        }
        throw new IllegalStateException("unbalanced braces in the body of " + name);
    }

    private static int skipLiteral(String source, int open, char quote) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return source.length();
    }
}
