package com.atlassian.webresource.api.assembler;

/**
 * Declaration only, partial: how a page asks Jira for web resources on Platform 7/8 (replacing the
 * old {@code WebResourceManager}).
 *
 * <p>Atlassian's own Jira 11 plugin
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server, master, jira-api 11.0.0)
 * imports this type in 15 classes and renders its servlet pages after {@code
 * pageBuilderService.assembler().resources().requireContext("plugin.page.slack")}; its
 * project-configuration action calls {@code
 * pageBuilderService.assembler().resources().requireContext("jira.plugin.slack.project.configure")}.
 * Only {@code assembler()} is declared.
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
