package com.renewalpost.fulfilment.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every business method of an application-scoped bean that holds the container's entity manager
 * runs in a transaction, or says it deliberately does not. Payara's transaction-scoped entity
 * manager keeps the one it opens for a call made outside a transaction in a field shared by all
 * threads, and the next call from any thread closes it: two requests reading at once failed with
 * "Attempting to execute an operation on a closed EntityManager" (seen in CI, FoundationIT).
 */
class TransactionBoundariesTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void beansHoldingTheEntityManagerNeverUseItOutsideATransaction() throws Exception {
        List<String> outside = new ArrayList<>();
        int beans = 0;
        for (var type : compiledClasses()) {
            if (!type.isAnnotationPresent(ApplicationScoped.class) || !holdsEntityManager(type)) {
                continue;
            }
            beans++;
            boolean wholeClass = type.isAnnotationPresent(Transactional.class);
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (method.isSynthetic() || Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
                    continue;
                }
                var own = method.getAnnotation(Transactional.class);
                if (own == null ? !wholeClass : own.value() == Transactional.TxType.SUPPORTS) {
                    outside.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(beans).as("beans inspected").isGreaterThan(20);
        assertThat(outside).as("methods that may reach the entity manager outside a transaction").isEmpty();
    }

    private static boolean holdsEntityManager(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getType() == EntityManager.class);
    }

    private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                if (!name.contains("$") && name.startsWith("com.renewalpost")) {
                    types.add(Class.forName(name, false, TransactionBoundariesTest.class.getClassLoader()));
                }
            }
        }
        return types;
    }
}
