package org.experimentlog.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.Retrospectives;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class JsonExportWriterTest {
    private final ObjectMapper mapper = new ObjectMapperResolver().getContext(Object.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final UserDirectory users = mock(UserDirectory.class);
    private JsonExportWriter target;

    @Before
    public void setUp() {
        when(users.userName(Users.JOOST)).thenReturn(Optional.of("joost"));
        when(users.displayName(Users.JOOST)).thenReturn(Optional.of("Joost Bakker"));
        target = new JsonExportWriter(mapper, out, users);
        target.settings(AppSettings.defaults());
        target.departments(List.of(Department.stored(Departments.PRODUCT, "Product", null, 1)));
    }

    private JsonNode written() throws Exception {
        return mapper.readTree(out.toByteArray());
    }

    @Test
    public void finish_shouldWriteEmptyArrays_forKindsThatHadNothing() throws Exception {
        target.stories(List.of(), Map.of());
        target.finish();

        JsonNode export = written();
        assertEquals("experiment-log-export", export.get("format").asText());
        assertEquals(1, export.get("formatVersion").asInt());
        assertEquals("Product", export.get("departments").get(0).get("name").asText());
        assertEquals(0, export.get("outcomes").size());
        assertEquals(0, export.get("experiments").size());
        assertEquals(0, export.get("failureStories").size());
        assertEquals(0, export.get("retrospectives").size());
    }

    @Test
    public void retrospectives_shouldWriteEveryPageIntoOneArray_withNotesAndActions()
            throws Exception {
        Retrospective held = Retrospectives.aRetrospective().build();

        target.stories(List.of(), Map.of());
        target.retrospectives(List.of(held));
        target.retrospectives(List.of(held));
        target.finish();

        JsonNode retrospectives = written().get("retrospectives");
        assertEquals(2, retrospectives.size());
        JsonNode first = retrospectives.get(0);
        assertEquals(Retrospectives.TITLE, first.get("title").asText());
        assertEquals(held.notes().orElseThrow(), first.get("notes").asText());
        assertEquals(Users.MARIA.key(), first.get("createdBy").asText());
        JsonNode action = first.get("actions").get(0);
        assertEquals("Run one experiment per district", action.get("text").asText());
        assertEquals(Users.JOOST.key(), action.get("owner").asText());
        assertEquals("joost", action.get("ownerName").asText());
        assertEquals("Joost Bakker", action.get("ownerDisplayName").asText());
    }

    @Test
    public void stories_shouldWriteEveryPageIntoOneArray_withoutTheAuthorOfAnAnonymousStory()
            throws Exception {
        FailureStory anonymous = FailureStories.aFailureStory().withId(7).anonymous().build();
        FailureStory signed = FailureStories.aFailureStory().withId(8).build();

        target.stories(List.of(anonymous), Map.of(anonymous.requireId(), 4));
        target.stories(List.of(signed), Map.of());
        target.finish();

        JsonNode stories = written().get("failureStories");
        assertEquals(2, stories.size());
        assertEquals(4, stories.get(0).get("helpedCount").asInt());
        assertFalse(stories.get(0).has("author"));
        assertEquals(
                signed.shownAuthor().orElseThrow().key(), stories.get(1).get("author").asText());
        assertEquals(0, written().get("outcomes").size());
    }
}
