package org.experimentlog.sandbox;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The sandbox's stand-in for Jira's cache manager (Atlassian Cache), for the cached references the
 * plugin asks for. A reference holds its value until it is reset; a reset forgets the value in
 * every reference of the same name in this Java process, which is how the sandbox's nodes (two
 * sandboxes on one database are started in one process by the tests and the load test) stand in for
 * Jira's invalidation across the cluster. Two sandbox processes on one database would not see each
 * other's resets: start such nodes in one process.
 */
final class SandboxCacheManager implements CacheManager {
    /** Every reference made in this process, by nothing: a reset looks them up by name. */
    private static final Set<Reference<?>> REFERENCES =
            Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public <V> CachedReference<V> getCachedReference(
            String name, Supplier<V> supplier, CacheSettings required) {
        Reference<V> reference = new Reference<>(name, supplier);
        synchronized (REFERENCES) {
            REFERENCES.add(reference);
        }
        return reference;
    }

    /** Forgets the value of every reference of this name in this process. */
    private static void resetAll(String name) {
        List<Reference<?>> named = new ArrayList<>();
        synchronized (REFERENCES) {
            for (Reference<?> reference : REFERENCES) {
                if (reference.name.equals(name)) {
                    named.add(reference);
                }
            }
        }
        named.forEach(Reference::forget);
    }

    /**
     * A value computed on first use. A value computed while a reset happened is returned to its
     * caller but not kept, so a reset after a commit is never undone by a read that started before
     * it.
     */
    private static final class Reference<V> implements CachedReference<V> {
        private final String name;
        private final Supplier<V> supplier;
        private V value;
        private long resets;

        Reference(String name, Supplier<V> supplier) {
            this.name = name;
            this.supplier = supplier;
        }

        @Override
        public V get() {
            long seen;
            synchronized (this) {
                if (value != null) {
                    return value;
                }
                seen = resets;
            }
            V computed = supplier.get();
            synchronized (this) {
                if (resets == seen) {
                    value = computed;
                }
            }
            return computed;
        }

        @Override
        public void reset() {
            resetAll(name);
        }

        private synchronized void forget() {
            value = null;
            resets++;
        }
    }
}
