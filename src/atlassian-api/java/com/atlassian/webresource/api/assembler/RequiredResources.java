package com.atlassian.webresource.api.assembler;

/**
 * Declaration only, partial: the resources a page requires. Both methods return the same object, so
 * calls chain.
 *
 * <p>{@code requireContext(String)}: Atlassian's Jira 11 Slack plugin (see {@link
 * PageBuilderService}). {@code requireWebResource(String)} chained twice ({@code
 * .resources().requireWebResource(a).requireWebResource(b)}) in public Jira plugin web actions
 * (e.g. a "kitchen duty" tutorial plugin), which fixes the fluent return type. The real interface
 * has more (phased variants, data, conditions); not declared, not used.
 *
 * <p>Evidence: https://github.com/atlassian-labs/atlassian-slack-integration-server (master,
 * jira-api 11.0.0), as cited in {@link PageBuilderService}.
 */
public interface RequiredResources {
    RequiredResources requireContext(String context);

    RequiredResources requireWebResource(String moduleCompleteKey);
}
