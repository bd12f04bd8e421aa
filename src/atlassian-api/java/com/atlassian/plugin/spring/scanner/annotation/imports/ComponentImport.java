package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only, complete: tells Atlassian Spring Scanner to import the annotated field's or
 * parameter's type as an OSGi service of the host; {@code value} is the bean name.
 *
 * <p>From atlassian-spring-scanner-annotation 3.0.4 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §4), same package in scanner 5.x/6.x; javadoc:
 * https://docs.atlassian.com/atlassian-spring-scanner/latest/com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.html
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
