package com.atlassian.sal.api.lifecycle;

/**
 * Declaration only, complete: a component told when the host application and the plugin have
 * started, and when the plugin stops. The component must be exported as an OSGi service of this
 * type.
 *
 * <p>From sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
