package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The app settings, in requests and responses. A request replaces all of them: every field is
 * required except {@code outcomeManagerGroup} (left out or blank: only administrators manage
 * outcomes) and {@code hypothesisPrompts} (left out, or a part left out or blank: the built-in
 * example text).
 *
 * @param anonymousStoriesAllowed whether failure stories may be shared anonymously
 * @param storiesVisibleToEveryone the default audience of a new story: everyone (true) or chosen
 *     departments
 * @param outcomeManagerGroup the Jira group whose members manage outcomes besides administrators
 * @param confidenceLevel 0.8, 0.9, 0.95 or 0.99
 * @param hypothesisPrompts the administrator's example texts of the hypothesis dialog, by language
 *     ({@code en}, {@code nl}) and part ({@code change}, {@code audience}, {@code expectedResult},
 *     {@code reason}, {@code signal}); at most 300 characters each
 * @param version the version the client read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsJson(
        Boolean anonymousStoriesAllowed,
        Boolean storiesVisibleToEveryone,
        String outcomeManagerGroup,
        Double confidenceLevel,
        Map<String, Map<String, String>> hypothesisPrompts,
        Long version) {}
