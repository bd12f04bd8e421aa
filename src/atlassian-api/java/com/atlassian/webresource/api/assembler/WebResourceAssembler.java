package com.atlassian.webresource.api.assembler;

/**
 * Declaration only, partial: the request's web-resource assembler; only {@code resources()} is
 * declared.
 *
 * <p>Evidence as for {@link PageBuilderService}: {@code pageBuilderService.assembler().resources()}
 * in Atlassian's Jira 11 Slack plugin, and {@code
 * Mockito.when(pageBuilderService.assembler()).thenReturn(webResourceAssembler)} in public
 * Confluence plugin tests (the type's name).
 *
 * <p>Evidence: https://github.com/atlassian-labs/atlassian-slack-integration-server (master,
 * jira-api 11.0.0), as cited in {@link PageBuilderService}.
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
