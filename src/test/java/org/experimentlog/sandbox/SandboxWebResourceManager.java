package org.experimentlog.sandbox;

import com.atlassian.webresource.api.WebResourceManager;
import java.util.LinkedHashSet;
import java.util.Set;

/** Records which web-resource contexts the current request's page asked for; the decorator includes them. */
final class SandboxWebResourceManager implements WebResourceManager {
    private static final ThreadLocal<Set<String>> CONTEXTS = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public void requireResource(String moduleCompleteKey) {
        CONTEXTS.get().add("module:" + moduleCompleteKey);
    }

    @Override
    public void requireResourcesForContext(String context) {
        CONTEXTS.get().add(context);
    }

    /** The contexts asked for so far in this request, forgetting them. */
    static Set<String> takeContexts() {
        Set<String> contexts = Set.copyOf(CONTEXTS.get());
        CONTEXTS.remove();
        return contexts;
    }
}
