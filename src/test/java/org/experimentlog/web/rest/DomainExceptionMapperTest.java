package org.experimentlog.web.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.Locale;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.testing.BundleI18nResolver;
import org.experimentlog.testing.Experiments;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class DomainExceptionMapperTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Rule public MockitoRule mockito = MockitoJUnit.rule();

    @Mock private UserDirectory users;
    @Mock private I18nResolver knowsNothing;

    private DomainExceptionMapper target;

    @Before
    public void setUp() {
        when(users.locale()).thenReturn(Locale.ENGLISH);
        target = new DomainExceptionMapper(new BundleI18nResolver(), users);
    }

    @Test
    public void toResponse_shouldSayTheMessageInEnglish_whenTheReaderReadsEnglish() {
        ErrorJson body =
                body(
                        target.toResponse(
                                refusal(
                                        () ->
                                                Fields.required(
                                                        "title", FieldLabel.TITLE, " ", 200))));

        assertEquals(400, body.status());
        assertEquals("title", body.errors().get(0).field());
        assertEquals("The title is required.", body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldSayTheMessageAndTheLabelInDutch_whenTheReaderReadsDutch() {
        when(users.locale()).thenReturn(DUTCH);

        ErrorJson body =
                body(
                        target.toResponse(
                                refusal(
                                        () ->
                                                Fields.required(
                                                        "title", FieldLabel.TITLE, " ", 200))));

        assertEquals("title", body.errors().get(0).field());
        assertEquals("De titel is verplicht.", body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldWriteNumbersTheDutchWay_whenATextIsTooLongForADutchReader() {
        when(users.locale()).thenReturn(DUTCH);

        ErrorJson body =
                body(
                        target.toResponse(
                                refusal(
                                        () ->
                                                Fields.required(
                                                        "closingNote",
                                                        FieldLabel.CLOSING_NOTE,
                                                        "x".repeat(10_001),
                                                        10_000))));

        assertEquals(
                "De slotopmerking mag maximaal 10.000 tekens bevatten; nu zijn het er 10.001.",
                body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldTranslateTheStage_whenAConcludedExperimentIsMoved() {
        when(users.locale()).thenReturn(DUTCH);
        Experiment concluded = Experiments.anExperiment().concluded().build();

        ErrorJson body =
                body(
                        target.toResponse(
                                refusal(
                                        () ->
                                                concluded.moveTo(
                                                        Stage.RUNNING, Experiments.STARTED_AT))));

        assertEquals(409, body.status());
        assertEquals(
                "Het experiment kan niet worden verplaatst: het staat al in de fase Afgerond.",
                body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldTranslateEveryStageItNames_whenAMoveSkipsAStage() {
        when(users.locale()).thenReturn(DUTCH);
        Experiment designing = Experiments.anExperiment().build();

        ErrorJson body =
                body(
                        target.toResponse(
                                refusal(
                                        () ->
                                                designing.moveTo(
                                                        Stage.ANALYSING, Experiments.STARTED_AT))));

        assertEquals(
                "Het experiment kan niet van de fase Ontwerp naar de fase Analyse gaan: mogelijke volgende fasen "
                        + "zijn Gestopt, Uitvoering.",
                body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldNameTheObjectInDutch_whenSomeoneElseChangedIt() {
        when(users.locale()).thenReturn(DUTCH);

        ErrorJson body = body(target.toResponse(new StaleVersionException("story")));

        assertEquals(409, body.status());
        assertEquals("version", body.errors().get(0).field());
        assertEquals(
                "Opslaan van het verhaal is niet gelukt: iemand anders heeft intussen een wijziging aangebracht. "
                        + "Laad de pagina opnieuw om die wijziging te zien en breng daarna uw wijziging opnieuw aan.",
                body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldUseTheEnglishMessage_whenTheBundlesLackTheKey() {
        when(users.locale()).thenReturn(DUTCH);
        when(knowsNothing.getText(any(Locale.class), anyString(), any(Serializable[].class)))
                .thenAnswer(call -> call.getArgument(1));
        when(knowsNothing.getText(any(Locale.class), anyString()))
                .thenAnswer(call -> call.getArgument(1));
        target = new DomainExceptionMapper(knowsNothing, users);

        ErrorJson body = body(target.toResponse(new NotAuthenticatedException()));

        assertEquals(401, body.status());
        assertEquals("Log in to continue.", body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldUseTheEnglishMessage_whenTheFailureHasNoKey() {
        when(users.locale()).thenReturn(DUTCH);

        ErrorJson body =
                body(
                        target.toResponse(
                                new RuleViolationException("stage", "Could not do this yet.")));

        assertEquals("Could not do this yet.", body.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldAnswerInEnglish_whenTheHostKnowsNoLocale() {
        when(users.locale()).thenReturn(null);

        ErrorJson body = body(target.toResponse(new NotAuthenticatedException()));

        assertEquals("Log in to continue.", body.errors().get(0).message());
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private static ErrorJson body(Response response) {
        return (ErrorJson) response.getEntity();
    }
}
