package com.renewalpost.fulfilment.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No {@code @Transactional} on a {@code @PostConstruct} or {@code @PreDestroy} method: CDI does not
 * apply the interceptor to lifecycle callbacks of the bean itself, so the annotation promises a
 * transaction that never opens (the dashboard read its figures so). Such a method calls a
 * transactional control bean instead.
 */
class LifecycleTransactionsTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void lifecycleCallbacksDoNotClaimATransaction() throws Exception {
        List<String> claimed = new ArrayList<>();
        int callbacks = 0;
        for (var type : compiledClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class) || method.isAnnotationPresent(PreDestroy.class)) {
                    callbacks++;
                    if (method.isAnnotationPresent(Transactional.class)) {
                        claimed.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(callbacks).as("lifecycle callbacks inspected").isGreaterThan(5);
        assertThat(claimed).as("lifecycle callbacks annotated @Transactional").isEmpty();
    }

    private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                if (name.startsWith("com.renewalpost")) {
                    types.add(Class.forName(name, false, LifecycleTransactionsTest.class.getClassLoader()));
                }
            }
        }
        return types;
    }
}
