package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every number field of the pages and the panel, typed as the reader writes numbers (English {@code
 * 1,250.5}, Dutch {@code 1.250,5}) and as plain digits, and the values the page shows copied back
 * into a form: the API then holds exactly the number meant (issue 11). What cannot be read is
 * refused next to its field, quoting what was typed with an example in the reader's format.
 */
public class NumberRoundTripBrowserTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static final Pattern FIRST_NUMBER = Pattern.compile("-?\\d[\\d.,]*\\d|\\d");

    private Browser browser;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    /** A number as the language writes it: English 1,250.5, Dutch 1.250,5. */
    private static String written(String lang, String english) {
        if (!lang.equals("nl")) {
            return english;
        }
        return english.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id, String value) {
        js().executeScript(
                        "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                                + "s.dispatchEvent(new Event('change', {bubbles: true}));",
                        id,
                        value);
    }

    /**
     * Submits the open dialog's form by keyboard and waits for the reload that shows what was
     * stored.
     */
    private void save(String dialogId) {
        js().executeScript("window.exlogBefore = true;");
        browser.driver()
                .findElement(By.cssSelector("#" + dialogId + " button[type=submit]"))
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        js().executeScript("return window.exlogBefore") == null
                                && "complete"
                                        .equals(js().executeScript("return document.readyState")));
    }

    private void openDialog(String dialogId) {
        WebElement opener =
                browser.driver().findElement(By.cssSelector("[data-opens='" + dialogId + "']"));
        js().executeScript("arguments[0].focus();", opener);
        opener.sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id(dialogId));
    }

    private static String firstNumber(String text) {
        Matcher m = FIRST_NUMBER.matcher(text);
        assertTrue(text, m.find());
        return m.group();
    }

    private List<String> figures() {
        return browser
                .driver()
                .findElements(By.cssSelector("#exlog-panel .exlog-results li > div"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private void panelResults(String lang) {
        String key = RunningSandbox.newExperiment("PERMIT");
        SandboxClient pia = RunningSandbox.as("pia");
        long it =
                pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "Letter"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        String dialog = "exlog-result-" + it;
        browser.logIn("pia", lang);
        browser.open("/browse/" + key + "?lang=" + lang);

        // observed: grouped with decimals, and plain digits
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Cost per letter");
        type("exlog-r" + it + "-before", written(lang, "1,250.5"));
        type("exlog-r" + it + "-after", "1100");
        type("exlog-r" + it + "-unit", "euro");
        save(dialog);
        // proportion: counts grouped as the language groups them
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Completed");
        choose("exlog-r" + it + "-kind", "proportion");
        type("exlog-r" + it + "-p-controlSize", written(lang, "1,000"));
        type("exlog-r" + it + "-p-controlConversions", "610");
        type("exlog-r" + it + "-p-variantSize", written(lang, "12,000"));
        type("exlog-r" + it + "-p-variantConversions", written(lang, "8,160"));
        save(dialog);
        // mean: sizes, means and deviations
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Minutes");
        choose("exlog-r" + it + "-kind", "mean");
        type("exlog-r" + it + "-m-controlSize", written(lang, "1,200"));
        type("exlog-r" + it + "-m-controlMean", written(lang, "1,250.75"));
        type("exlog-r" + it + "-m-controlSd", written(lang, "12.125"));
        type("exlog-r" + it + "-m-variantSize", "1300");
        type("exlog-r" + it + "-m-variantMean", written(lang, "1,300.25"));
        type("exlog-r" + it + "-m-variantSd", written(lang, "0.5"));
        save(dialog);

        JsonNode results =
                pia.get(API + "/experiments/" + key).json().get("iterations").get(0).get("results");
        assertEquals(3, results.size());
        assertEquals(lang, 1250.5, results.get(0).get("before").asDouble(), 0);
        assertEquals(lang, 1100, results.get(0).get("after").asDouble(), 0);
        assertEquals(lang, 1000, results.get(1).get("controlSize").asLong());
        assertEquals(lang, 610, results.get(1).get("controlConversions").asLong());
        assertEquals(lang, 12000, results.get(1).get("variantSize").asLong());
        assertEquals(lang, 8160, results.get(1).get("variantConversions").asLong());
        assertEquals(lang, 1200, results.get(2).get("controlSize").asLong());
        assertEquals(lang, 1250.75, results.get(2).get("controlMean").asDouble(), 0);
        assertEquals(lang, 12.125, results.get(2).get("controlSd").asDouble(), 0);
        assertEquals(lang, 1300, results.get(2).get("variantSize").asLong());
        assertEquals(lang, 1300.25, results.get(2).get("variantMean").asDouble(), 0);
        assertEquals(lang, 0.5, results.get(2).get("variantSd").asDouble(), 0);

        // the values the page shows, copied back into the form, store the same numbers
        List<String> shown = figures();
        String before = firstNumber(shown.get(0));
        String[] counts = shown.get(1).split("[/\u00b7]");
        String mean = firstNumber(shown.get(2));
        String sd = firstNumber(shown.get(2).substring(shown.get(2).indexOf("sd")));
        assertEquals(written(lang, "1,250.5"), before);
        assertEquals(written(lang, "12.125"), sd);
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Copied");
        type("exlog-r" + it + "-before", before);
        type("exlog-r" + it + "-after", firstNumber(shown.get(0).split("\u2192")[1]));
        save(dialog);
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Copied counts");
        choose("exlog-r" + it + "-kind", "proportion");
        type("exlog-r" + it + "-p-controlConversions", counts[0].strip());
        type("exlog-r" + it + "-p-controlSize", counts[1].strip());
        type("exlog-r" + it + "-p-variantConversions", counts[2].strip());
        type("exlog-r" + it + "-p-variantSize", counts[3].strip());
        save(dialog);
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Copied mean");
        choose("exlog-r" + it + "-kind", "mean");
        type("exlog-r" + it + "-m-controlSize", firstNumber(shown.get(2).split("n ")[1]));
        type("exlog-r" + it + "-m-controlMean", mean);
        type("exlog-r" + it + "-m-controlSd", sd);
        type("exlog-r" + it + "-m-variantSize", "2");
        type("exlog-r" + it + "-m-variantMean", "1");
        type("exlog-r" + it + "-m-variantSd", "1");
        save(dialog);

        results =
                pia.get(API + "/experiments/" + key).json().get("iterations").get(0).get("results");
        assertEquals(6, results.size());
        assertEquals(lang, 1250.5, results.get(3).get("before").asDouble(), 0);
        assertEquals(lang, 1100, results.get(3).get("after").asDouble(), 0);
        assertEquals(lang, 1000, results.get(4).get("controlSize").asLong());
        assertEquals(lang, 8160, results.get(4).get("variantConversions").asLong());
        assertEquals(lang, 1200, results.get(5).get("controlSize").asLong());
        assertEquals(lang, 1250.75, results.get(5).get("controlMean").asDouble(), 0);
        assertEquals(lang, 12.125, results.get(5).get("controlSd").asDouble(), 0);

        // every result's correction form, saved as it opens, stores the same figures
        JsonNode stored = results;
        for (int i = 0; i < 3; i++) {
            String correction = "exlog-result-edit-" + stored.get(i).get("id").asLong();
            openDialog(correction);
            save(correction);
        }
        results =
                pia.get(API + "/experiments/" + key).json().get("iterations").get(0).get("results");
        for (int i = 0; i < 3; i++) {
            for (String figure :
                    List.of(
                            "before",
                            "after",
                            "controlSize",
                            "controlConversions",
                            "variantSize",
                            "variantConversions",
                            "plannedVariantShare",
                            "controlMean",
                            "controlSd",
                            "variantMean",
                            "variantSd")) {
                assertEquals(
                        lang + " " + figure,
                        stored.get(i).path(figure).toString(),
                        results.get(i).path(figure).toString());
            }
            assertTrue(
                    "saved as a correction",
                    results.get(i).get("version").asLong() > stored.get(i).get("version").asLong());
        }

        // what cannot be read is refused next to its field, quoting it, with an example
        openDialog(dialog);
        type("exlog-r" + it + "-title", "Refused");
        choose("exlog-r" + it + "-kind", "observed");
        String ambiguous = lang.equals("nl") ? "1,250.5" : "1,25";
        type("exlog-r" + it + "-before", ambiguous);
        type("exlog-r" + it + "-after", "3");
        browser.driver()
                .findElement(By.cssSelector("#" + dialog + " button[type=submit]"))
                .sendKeys(Keys.ENTER);
        WebElement error = browser.waitForVisible(By.id("exlog-r" + it + "-before-error"));
        assertTrue(error.getText(), error.getText().contains("\u201c" + ambiguous + "\u201d"));
        assertTrue(error.getText(), error.getText().contains(written(lang, "1,250.5")));
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-r" + it + "-before"))
                        .getAttribute("aria-invalid"));
        assertEquals(List.of(), browser.accessibilityViolations());
        assertEquals(
                6,
                pia.get(API + "/experiments/" + key)
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("results")
                        .size());
    }

    @Test
    public void thePanelsNumberFields_shouldStoreWhatWasMeant_inEnglish() {
        panelResults("en");
    }

    @Test
    public void thePanelsNumberFields_shouldStoreWhatWasMeant_inDutch() {
        panelResults("nl");
    }

    private void outcomePages(String lang) {
        SandboxClient admin = RunningSandbox.as("admin");
        String department = "Numbers " + UUID.randomUUID().toString().substring(0, 8);
        long departmentId =
                admin.post(API + "/departments", Map.of("name", department))
                        .json()
                        .get("id")
                        .asLong();
        String title = "Cost " + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("admin", lang);
        browser.open("/plugins/servlet/experiment-log/outcomes?lang=" + lang);

        // the define form: baseline and target, grouped with decimals and plain digits
        openDialog("exlog-define-dialog");
        type("exlog-d-title", title);
        choose("exlog-d-kind", "custom");
        type("exlog-d-unit", "euro");
        choose("exlog-d-direction", "lower-is-better");
        choose("exlog-d-owner", Long.toString(departmentId));
        type("exlog-d-baseline-value", written(lang, "1,250.555"));
        js().executeScript(
                        "document.getElementById('exlog-d-baseline-date').value = '2025-01-01';"
                                + "document.getElementById('exlog-d-target-date').value = '2026-12-31';");
        type("exlog-d-target-value", "900");
        save("exlog-define-dialog");

        JsonNode outcome = null;
        for (JsonNode o : admin.get(API + "/outcomes?maxResults=100").json().get("values")) {
            if (o.get("title").asText().equals(title)) {
                outcome = o;
            }
        }
        assertTrue("the outcome was defined", outcome != null);
        long id = outcome.get("id").asLong();
        assertEquals(1250.555, outcome.get("baseline").get("value").asDouble(), 0);
        assertEquals(900, outcome.get("target").get("value").asDouble(), 0);

        // a measurement, and the edit form as it opens (its values as the page writes them) saved
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id + "?lang=" + lang);
        openDialog("exlog-measure-dialog");
        type("exlog-m-value", written(lang, "1,100.25"));
        js().executeScript("document.getElementById('exlog-m-measuredOn').value = '2026-01-15';");
        save("exlog-measure-dialog");
        openDialog("exlog-edit-dialog");
        assertEquals(
                written(lang, "1,250.555"),
                browser.driver()
                        .findElement(By.id("exlog-e-baseline-value"))
                        .getAttribute("value"));
        save("exlog-edit-dialog");
        // a value copied from the page into the edit form
        String shownBaseline =
                firstNumber(
                        browser
                                .driver()
                                .findElements(By.cssSelector("#exlog-outcome dl dd"))
                                .stream()
                                .map(WebElement::getText)
                                .filter(t -> t.contains("euro") && t.contains("2025"))
                                .findFirst()
                                .orElseThrow());
        assertEquals(written(lang, "1,250.555"), shownBaseline);
        openDialog("exlog-edit-dialog");
        type("exlog-e-target-value", written(lang, "1,000"));
        type("exlog-e-baseline-value", shownBaseline);
        save("exlog-edit-dialog");

        JsonNode stored = admin.get(API + "/outcomes/" + id).json();
        assertEquals(1250.555, stored.get("baseline").get("value").asDouble(), 0);
        assertEquals(1000, stored.get("target").get("value").asDouble(), 0);
        JsonNode measurements = admin.get(API + "/outcomes/" + id + "/measurements").json();
        Map<String, Double> values = new LinkedHashMap<>();
        (measurements.has("values") ? measurements.get("values") : measurements)
                .forEach(m -> values.put(m.get("measuredOn").asText(), m.get("value").asDouble()));
        assertEquals(Map.of("2026-01-15", 1100.25), values);
    }

    @Test
    public void theOutcomePagesNumberFields_shouldStoreWhatWasMeant_inEnglish() {
        outcomePages("en");
    }

    @Test
    public void theOutcomePagesNumberFields_shouldStoreWhatWasMeant_inDutch() {
        outcomePages("nl");
    }
}
