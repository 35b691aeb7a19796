package org.lianxin.shell.internal.duty;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.lianxin.api.DutyService;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.shell.support.LianxinAction;

/** Base of the review verbs: one record by id, the outcome on one line. */
abstract class DutyReviewAction extends LianxinAction {

    @Reference
    DutyService duties;

    @Argument(index = 0, name = "id", description = "Duty record id", required = true)
    long id;

    protected void printOutcome(DutyRecord r) {
        out().println("duty record " + r.id() + " (" + r.kind().zh() + ", " + r.date() + ") is now " + r.status());
    }
}
