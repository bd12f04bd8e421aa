package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only, and partial: tells Atlassian Spring Scanner to export the annotated component
 * as an OSGi service of the given interfaces. The real annotation also has {@code ServiceProperty[]
 * properties() default {}}, which is not declared here (its element type would need a declaration
 * of its own, and the plugin does not use it).
 *
 * <p>From atlassian-spring-scanner-annotation 3.0.4 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §4); javadoc:
 * https://docs.atlassian.com/atlassian-spring-scanner/latest/com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.html
 */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
