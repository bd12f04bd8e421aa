package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.junit.Before;
import org.junit.Test;

public class AoDepartmentRepositoryTest extends RepositoryContract {
    private AoDepartmentRepository target;

    @Before
    public void setUp() {
        target = new AoDepartmentRepository(ao);
    }

    private Department stored(String name) {
        return target.save(Department.create(name, null));
    }

    @Test
    public void save_shouldStoreNameAndGroup_whenDepartmentIsNew() {
        Department draft = Department.create("Digital Services", "digital-services");

        Department saved = target.save(draft);

        Department read = target.find(saved.requireId()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(1, read.version());
        assertEquals("Digital Services", read.name());
        assertEquals("digital-services", read.groupName().orElseThrow());
    }

    @Test
    public void save_shouldStoreNoGroup_whenGroupIsBlank() {
        Department draft = Department.create("Policy", " ");

        Department saved = target.save(draft);

        assertFalse(target.find(saved.requireId()).orElseThrow().groupName().isPresent());
    }

    @Test
    public void save_shouldStoreTheNewName_andBumpTheVersion_whenRenamed() {
        Department stored = target.save(Department.create("Digital", "digital"));

        Department saved = target.save(stored.renamed("Digital Services", null));

        Department read = target.find(stored.requireId()).orElseThrow();
        assertEquals(2, saved.version());
        assertEquals(2, read.version());
        assertEquals("Digital Services", read.name());
        assertFalse(read.groupName().isPresent());
    }

    @Test
    public void
            save_shouldRaiseStaleVersion_andKeepTheFirstWrite_whenTwoWritersUseTheSameVersion() {
        Department stored = stored("Digital");
        target.save(stored.renamed("First writer", null));

        assertThrows(
                StaleVersionException.class,
                () -> target.save(stored.renamed("Second writer", null)));

        Department read = target.find(stored.requireId()).orElseThrow();
        assertEquals("First writer", read.name());
        assertEquals(2, read.version());
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenTheDepartmentChangedTwiceSinceItWasRead() {
        Department stored = stored("Digital");
        Department second = target.save(stored.renamed("Second", null));
        target.save(second.renamed("Third", null));

        assertThrows(
                StaleVersionException.class,
                () -> target.save(stored.renamed("Late writer", null)));

        assertEquals("Third", target.find(stored.requireId()).orElseThrow().name());
    }

    @Test
    public void save_shouldRefuseADuplicate_whenAnotherDepartmentHasTheNameInOtherCase() {
        stored("Product");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> stored("PRODUCT"));

        assertEquals("Could not save the department: \"PRODUCT\" already exists.", e.getMessage());
        assertEquals("name", e.field().orElseThrow());
        assertEquals(1, target.list().size());
    }

    @Test
    public void save_shouldRefuseADuplicate_whenRenamedToAnotherDepartmentsName() {
        stored("Product");
        Department design = stored("Design");

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.save(design.renamed("product", null)));

        assertEquals("Could not save the department: \"product\" already exists.", e.getMessage());
        assertEquals("Design", target.find(design.requireId()).orElseThrow().name());
    }

    @Test
    public void save_shouldAcceptTheRename_whenOnlyTheCaseOfItsOwnNameChanges() {
        Department stored = stored("digital services");

        Department saved = target.save(stored.renamed("Digital Services", null));

        assertEquals("Digital Services", target.find(saved.requireId()).orElseThrow().name());
    }

    @Test
    public void find_shouldBeEmpty_whenNoDepartmentHasTheId() {
        stored("Product");

        boolean found = target.find(new DepartmentId(999_999)).isPresent();

        assertFalse(found);
    }

    @Test
    public void findByName_shouldFindTheDepartment_whenTheCaseDiffers() {
        stored("Product");
        Department design = stored("Design");

        Department found = target.findByName("dESIGN").orElseThrow();

        assertEquals(design.requireId(), found.requireId());
        assertEquals("Design", found.name());
    }

    @Test
    public void findByName_shouldBeEmpty_whenNoDepartmentHasTheName() {
        stored("Product");

        boolean found = target.findByName("Production").isPresent();

        assertFalse(found);
    }

    @Test
    public void list_shouldSortByNameIgnoringCase_whenNamesMixCapitals() {
        stored("operations");
        stored("Technology");
        stored("design");
        stored("Policy");

        List<Department> departments = target.list();

        assertEquals(
                List.of("design", "operations", "Policy", "Technology"),
                departments.stream().map(Department::name).toList());
    }

    @Test
    public void save_shouldLetOnlyOneOfTwoConcurrentCreatorsOfTheSameNameWin() throws Exception {
        int creators = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(creators);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < creators; i++) {
            String name = i % 2 == 0 ? "Design" : "DESIGN";
            Callable<String> create =
                    () -> {
                        start.await();
                        try {
                            tx(() -> target.save(Department.create(name, null)));
                            return "created";
                        } catch (InvalidInputException e) {
                            return e.getMessage();
                        }
                    };
            outcomes.add(pool.submit(create));
        }

        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(results.toString(), 1, results.stream().filter("created"::equals).count());
        assertEquals(1, target.list().size());
    }
}
