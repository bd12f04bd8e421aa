package org.experimentlog.sandbox;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jira's page builder in the sandbox: records which web-resource contexts (and single web
 * resources, as {@code module:<key>}) the current request's page asked for; the decorator includes
 * them.
 */
final class SandboxPageBuilderService implements PageBuilderService {
    private static final ThreadLocal<Set<String>> CONTEXTS =
            ThreadLocal.withInitial(LinkedHashSet::new);

    private static final RequiredResources RESOURCES =
            new RequiredResources() {
                @Override
                public RequiredResources requireContext(String context) {
                    CONTEXTS.get().add(context);
                    return this;
                }

                @Override
                public RequiredResources requireWebResource(String moduleCompleteKey) {
                    CONTEXTS.get().add("module:" + moduleCompleteKey);
                    return this;
                }
            };

    @Override
    public WebResourceAssembler assembler() {
        return () -> RESOURCES;
    }

    /** The contexts asked for so far in this request, forgetting them. */
    static Set<String> takeContexts() {
        Set<String> contexts = Set.copyOf(CONTEXTS.get());
        CONTEXTS.remove();
        return contexts;
    }
}
