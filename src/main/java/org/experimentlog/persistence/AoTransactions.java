package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;
import org.experimentlog.app.port.Transactions;

/** Transactions of the host database, through Active Objects. */
@Named
public final class AoTransactions implements Transactions {
    private final ActiveObjects ao;

    @Inject
    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
