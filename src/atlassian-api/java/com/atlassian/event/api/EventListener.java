package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only, complete: marks a public one-argument method of a registered listener as the
 * handler of events of its parameter's type.
 *
 * <p>From atlassian-event 5.0.2 (decompiled; ../shared/reference/atlassian-api-reference.md §5);
 * Platform 7/8 ship the 6.x line, same API UNVERIFIED. Javadoc:
 * https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventListener.html
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
    String scope() default "";

    int order() default 0;
}
