package org.experimentlog.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.testing.BundleI18nResolver;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

/**
 * The errors the web layer writes itself (a body Jackson cannot read, an unknown address) in the
 * reader's language.
 */
public class WebErrorMappersTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule();

    @Mock private UserDirectory users;

    private JsonInputExceptionMapper target;

    /** A request body with one number. */
    public record Body(int size) {}

    @Before
    public void setUp() {
        when(users.locale()).thenReturn(Locale.forLanguageTag("nl"));
        target = new JsonInputExceptionMapper(new BundleI18nResolver(), users);
    }

    @Test
    public void toResponse_shouldNameTheFieldAndTheExpectedTypeInDutch_whenANumberIsSentAsText() {
        JsonProcessingException wrongType =
                assertThrows(
                        JsonProcessingException.class,
                        () -> new ObjectMapper().readValue("{\"size\":\"big\"}", Body.class));

        ErrorJson body = (ErrorJson) target.toResponse(wrongType).getEntity();

        assertEquals(400, body.status());
        assertEquals("size", body.errors().get(0).field());
        assertEquals(
                "\"size\" heeft het verkeerde type: verwacht is een getal.",
                body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldSayTheSameInEnglish_whenTheReaderReadsEnglish() {
        when(users.locale()).thenReturn(Locale.ENGLISH);
        JsonProcessingException wrongType =
                assertThrows(
                        JsonProcessingException.class,
                        () -> new ObjectMapper().readValue("{\"size\":\"big\"}", Body.class));

        ErrorJson body = (ErrorJson) target.toResponse(wrongType).getEntity();

        assertEquals(
                "\"size\" has the wrong type: expected a number.", body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldSayInDutchThatThereIsNothingHere_whenTheAddressIsUnknown() {
        WebApplicationExceptionMapper unknownAddress =
                new WebApplicationExceptionMapper(new BundleI18nResolver(), users);

        Response response = unknownAddress.toResponse(new NotFoundException());

        assertEquals(404, response.getStatus());
        assertEquals(
                "Op dit adres is niets te vinden.",
                ((ErrorJson) response.getEntity()).errors().get(0).message());
    }
}
