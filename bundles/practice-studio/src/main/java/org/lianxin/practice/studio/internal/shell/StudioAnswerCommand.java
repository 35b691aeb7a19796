package org.lianxin.practice.studio.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.practice.studio.internal.StudioWork;
import org.lianxin.practice.studio.internal.model.AnswerInput;
import org.lianxin.practice.studio.internal.model.Consultation;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;

@Service
@Command(scope = "studio", name = "answer", description = "Records a member's answer to a consultation (and the member's duty record)")
public class StudioAnswerCommand extends LianxinAction {

    @Reference
    StudioWork work;

    @Argument(index = 0, name = "consultation", description = "Consultation id", required = true)
    long consultation;

    @Argument(index = 1, name = "deputy", description = "Id of the answering member deputy", required = true)
    long deputy;

    @Argument(index = 2, name = "answer", description = "The answer (quote it)", required = true)
    String answer;

    @Option(name = "--on", description = "Date answered, yyyy-MM-dd (default: today)")
    String on;

    @Override
    protected void run() {
        LocalDate date = Parse.date(on, "--on");
        Consultation c = work.answer(consultation, new AnswerInput(deputy, answer, date), actor());
        out().println("Consultation " + c.id() + " answered on " + c.answeredOn() + "; duty record " + c.dutyRecordId());
    }
}
