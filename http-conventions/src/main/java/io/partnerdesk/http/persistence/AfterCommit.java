package io.partnerdesk.http.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, and only then: a worker woken before the commit would
 * find nothing (the rows are not visible yet), and one woken after a rollback would look for rows that never were.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Registers {@code action} to run after the current transaction commits, once per transaction and {@code key}
     * however often it is asked for (a transaction that writes a hundred rows wakes a worker once).
     */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
