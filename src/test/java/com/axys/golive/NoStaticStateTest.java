package com.axys.golive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing of one run outlives it in a static field: what a run shares lives in its session. Every class the build
 * compiled from {@code src/main} is loaded and each static field checked: a non-final one, or a final one holding a
 * mutable value (a modifiable collection or map, an atomic, an array with elements, a builder), is refused unless
 * allowed below by name, with the reason. Immutable constants ({@code List.of}, {@code Map.of}, patterns, loggers,
 * records) pass.
 */
final class NoStaticStateTest {

    private static final Path CLASSES = Path.of("target/classes");

    /** The few static fields that may change, each with why it is not state a run leaves behind. */
    private static final Map<String, String> ALLOWED = Map.of(
            "com.axys.golive.run.HarnessSessions.current",
            "the one bridge to Cucumber glue (PicoContainer builds it without arguments): installed for the length"
                    + " of a run's features by whoever opened the session, uninstalled before it closes",
            "com.axys.golive.checklist.Checklist.loaded",
            "the packaged checklist, parsed once from the jar and never changed: the same for every run",
            "com.axys.golive.contract.ContractValidator.shared",
            "the packaged OpenAPI contract's validator, built once from the jar: the same for every run, thread-safe",
            "com.axys.golive.contract.ContractCatalog.shared",
            "the packaged contract's operations and statuses, read once from the jar: the same for every run",
            "com.axys.golive.tls.BouncyCastle.PROVIDER",
            "a JCA provider (a Properties map of algorithm names), never registered globally nor changed: passed to"
                    + " the PEM and certificate builders that need it");

    @Test
    void noClassOfTheHarnessKeepsMutableStaticState() throws Exception {
        List<String> classes = mainClasses();
        assertThat(classes).as("classes under %s (run after compile)", CLASSES.toAbsolutePath())
                .hasSizeGreaterThan(200);
        List<String> found = new ArrayList<>();
        for (String name : classes) {
            found.addAll(mutableStatics(Class.forName(name, true, getClass().getClassLoader())));
        }
        assertThat(found).as("static mutable fields (move them into the run's session, HarnessSession#runScoped)")
                .isEmpty();
    }

    @Test
    void theCheckSeesStaticStateWhenThereIsSome() throws Exception {
        assertThat(mutableStatics(Registry.class)).containsExactlyInAnyOrder(
                Registry.class.getName() + ".runs: holds a java.util.HashMap",
                Registry.class.getName() + ".count: not final",
                Registry.class.getName() + ".seq: holds a java.util.concurrent.atomic.AtomicInteger",
                Registry.class.getName() + ".names: holds a String[] with elements");
        assertThat(mutableStatics(Constants.class)).isEmpty();
    }

    private static List<String> mutableStatics(Class<?> type) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.isEnumConstant()) {
                continue;
            }
            String id = type.getName() + "." + f.getName();
            if (ALLOWED.containsKey(id)) {
                continue;
            }
            if (!Modifier.isFinal(f.getModifiers())) {
                found.add(id + ": not final");
                continue;
            }
            f.setAccessible(true);
            String why = mutable(f.get(null));
            if (why != null) {
                found.add(id + ": holds " + why);
            }
        }
        return found;
    }

    /** Why {@code value} can change, or null when it cannot (as far as its type tells). */
    private static String mutable(Object value) {
        if (value == null) {
            return null;
        }
        Class<?> c = value.getClass();
        if (c.isArray()) {
            return java.lang.reflect.Array.getLength(value) > 0 ? "a " + c.getComponentType().getSimpleName()
                    + "[] with elements" : null;
        }
        String name = c.getName();
        if (name.startsWith("java.util.concurrent.atomic.") || value instanceof StringBuilder) {
            return "a " + name;
        }
        if ((value instanceof Collection<?> || value instanceof Map<?, ?>) && modifiable(value)) {
            return "a " + name;
        }
        return null;
    }

    /** Whether the JDK's collection accepts changes: its unmodifiable and immutable forms are nested classes. */
    private static boolean modifiable(Object collection) {
        String name = collection.getClass().getName();
        return Stream.of("java.util.ImmutableCollections$", "java.util.Collections$Unmodifiable",
                "java.util.Collections$Empty", "java.util.Collections$Singleton").noneMatch(name::startsWith);
    }

    private static List<String> mainClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("com/axys/golive"))) {
            return files.map(CLASSES::relativize).map(Path::toString).filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
    }

    /** What the check must refuse. */
    @SuppressWarnings("unused")
    static final class Registry {
        private static final Map<String, Object> runs = new HashMap<>();
        private static int count;
        private static final AtomicInteger seq = new AtomicInteger();
        private static final String[] names = {"a"};
    }

    /** What the check must let through. */
    @SuppressWarnings("unused")
    static final class Constants {
        private static final List<String> NAMES = List.of("a", "b");
        private static final Map<String, Integer> CODES = Map.of("a", 1);
        private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
        private static final String[] NONE = {};
        private static final java.util.Set<String> WRAPPED =
                java.util.Collections.unmodifiableSet(new java.util.HashSet<>());
    }
}
