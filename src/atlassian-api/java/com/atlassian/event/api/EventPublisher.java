package com.atlassian.event.api;

/**
 * Declaration only, complete: the host's event bus.
 *
 * <p>From atlassian-event 5.0.2 (decompiled; ../shared/reference/atlassian-api-reference.md §5);
 * javadoc:
 * https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventPublisher.html
 */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
