package com.atlassian.event.api;

/**
 * Declaration only, complete: registers and unregisters event listeners.
 *
 * <p>From atlassian-event 5.0.2 (decompiled; ../shared/reference/atlassian-api-reference.md §5;
 * parameters are {@code @Nonnull}); javadoc:
 * https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventListenerRegistrar.html
 */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
