package org.experimentlog.web.ui.library;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.experimentlog.web.ui.OptionView;
import org.junit.Test;

/** What an empty library page says depends on whether the reader searched. */
public class LibraryPageViewTest {

    @Test
    public void isFiltered_shouldBeFalse_whenNothingWasTypedOrChosen() {
        LibraryPageView target = view(new LibraryPageView.Form("", "", "", ""), "");

        assertFalse(target.isFiltered());
    }

    @Test
    public void isFiltered_shouldBeTrue_whenWordsWereTyped() {
        LibraryPageView target = view(new LibraryPageView.Form("forms", "", "", ""), "");

        assertTrue(target.isFiltered());
    }

    @Test
    public void isFiltered_shouldBeTrue_whenADepartmentWasChosen() {
        LibraryPageView target = view(new LibraryPageView.Form("", "", "", ""), "3");

        assertTrue(target.isFiltered());
    }

    private static LibraryPageView view(LibraryPageView.Form form, String department) {
        List<OptionView> departments =
                List.of(
                        OptionView.keyed("", "experimentlog.library.any", department.isEmpty()),
                        OptionView.named("3", "Design", department.equals("3")));
        return new LibraryPageView(
                form,
                departments,
                List.of(OptionView.keyed("", "experimentlog.library.any", true)),
                List.of(OptionView.keyed("", "experimentlog.library.any", true)),
                List.of(),
                List.of(),
                new LibraryPageView.Counts(0, 0, 0, 0),
                "",
                "",
                LibraryPageView.Invalid.NONE);
    }
}
