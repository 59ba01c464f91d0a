package com.axys.golive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The harness's packages depend on each other one way only: a newcomer can read them bottom up. Each source's
 * references to another package (imports and fully qualified names) make the graph; no package may reach itself.
 */
final class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/axys/golive");
    private static final Pattern REFERENCE = Pattern.compile("com\\.axys\\.golive\\.([a-z]\\w*)\\.");

    @Test
    void noPackageReachesItselfThroughAnother() throws IOException {
        Map<String, Set<String>> uses = graph();
        assertThat(uses).as("packages read from %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(15);
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            for (String next : uses.get(start)) {
                List<String> back = path(uses, next, start);
                if (back != null) {
                    cycles.add(start + " -> " + String.join(" -> ", back));
                }
            }
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theCheckSeesACycleWhenThereIsOne() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertThat(path(uses, "b", "a")).containsExactly("b", "c", "a");
        assertThat(path(Map.of("a", Set.of("b"), "b", Set.of()), "b", "a")).isNull();
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // a class of the root package (HarnessException): everyone's, it uses no package
                }
                String own = relative.getName(0).toString();
                Set<String> mine = uses.computeIfAbsent(own, k -> new TreeSet<>());
                String text = Files.readString(file).replaceFirst("(?m)^package .*$", "");
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(own)) {
                        mine.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** A path of uses from {@code from} to {@code to}, or null when there is none (breadth first). */
    private static List<String> path(Map<String, Set<String>> uses, String from, String to) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!todo.isEmpty()) {
            String at = todo.poll();
            if (at.equals(to)) {
                List<String> steps = new ArrayList<>();
                for (String s = at; s != null; s = cameFrom.get(s)) {
                    steps.add(0, s);
                }
                return steps;
            }
            for (String next : uses.getOrDefault(at, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    todo.add(next);
                }
            }
        }
        return null;
    }
}
