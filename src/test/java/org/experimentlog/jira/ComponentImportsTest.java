package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;
import org.springframework.stereotype.Component;

/**
 * Polices STYLE.md rule 4 as Spring Scanner will see the plugin in Jira: every host service a
 * component's constructor takes is imported in {@link ComponentImports}, nothing else imports one,
 * and the list holds nothing unused.
 */
public class ComponentImportsTest {
    private static List<Class<?>> pluginClasses;

    @BeforeClass
    public static void importPluginClasses() {
        pluginClasses =
                new ClassFileImporter()
                                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                .importPackages("org.experimentlog")
                                .stream()
                                .filter(c -> !c.getPackageName().startsWith("com.atlassian"))
                                .map(JavaClass::reflect)
                                .collect(Collectors.toList());
    }

    @Test
    public void componentImports_shouldImportExactlyTheHostServicesThatComponentsTake() {
        Set<String> taken =
                pluginClasses.stream()
                        .filter(c -> c.isAnnotationPresent(Component.class))
                        .flatMap(ComponentImportsTest::injectedParameters)
                        .map(Parameter::getType)
                        .filter(type -> type.getName().startsWith("com.atlassian."))
                        .map(Class::getName)
                        .collect(Collectors.toCollection(TreeSet::new));

        Set<String> imported =
                Arrays.stream(ComponentImports.class.getDeclaredFields())
                        .filter(f -> f.isAnnotationPresent(ComponentImport.class))
                        .map(f -> f.getType().getName())
                        .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(taken, imported);
    }

    @Test
    public void componentImport_shouldAppearNowhereButInComponentImports() {
        List<String> elsewhere =
                pluginClasses.stream()
                        .filter(c -> c != ComponentImports.class)
                        .flatMap(
                                c ->
                                        Stream.concat(
                                                Arrays.stream(c.getDeclaredFields())
                                                        .filter(
                                                                f ->
                                                                        f.isAnnotationPresent(
                                                                                ComponentImport
                                                                                        .class))
                                                        .map(Field::toString),
                                                Arrays.stream(c.getDeclaredConstructors())
                                                        .flatMap(
                                                                k ->
                                                                        Arrays.stream(
                                                                                k.getParameters()))
                                                        .filter(
                                                                p ->
                                                                        p.isAnnotationPresent(
                                                                                ComponentImport
                                                                                        .class))
                                                        .map(
                                                                p ->
                                                                        p.getDeclaringExecutable()
                                                                                + " "
                                                                                + p.getName())))
                        .toList();

        assertEquals(List.of(), elsewhere);
    }

    @Test
    public void pluginContext_shouldLetSpringScannerBuildTheComponents() throws IOException {
        String xml;
        try (InputStream in =
                getClass().getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(xml, xml.contains("<atlassian-scanner:scan-indexes/>"));
    }

    /**
     * The parameters of the constructor Spring uses: the {@code @Inject} one, else the only one.
     */
    private static Stream<Parameter> injectedParameters(Class<?> component) {
        Constructor<?>[] constructors = component.getDeclaredConstructors();
        return Arrays.stream(constructors)
                .filter(k -> k.isAnnotationPresent(Inject.class) || constructors.length == 1)
                .flatMap(k -> Arrays.stream(k.getParameters()));
    }
}
