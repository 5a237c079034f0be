package org.safecase.workflow.admin;

import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.safecase.calendar.WorkingPeriod;
import org.safecase.workflow.SchoolWorkingTimeCalendar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 3: every deadline counts school working time (R-X-1). Every timer (boundary, intermediate
 * or start event, in sub-processes too) and every step with a due date names the calendar
 * {@value SchoolWorkingTimeCalendar#NAME}, and its time is one the calendar can read: a variable
 * holding a whole due date ({@code ${firstStepDue}}), or {@code school:${schoolId} } followed by a
 * variable holding a period ({@code ${triageDeadline}}) or a period written out ({@code P2D},
 * {@code PT4H}). Repeating timers ({@code timeCycle}) are refused: the calendar counts one deadline.
 * Whether the variables exist is {@link ExpressionCheck}'s part.
 */
final class CalendarCheck implements ProcessCheck {
    private static final Pattern WHOLE_DUE_DATE = Pattern.compile("[$#]\\{\\s*[A-Za-z_]\\w*\\s*}");
    private static final Pattern SCHOOL_PERIOD = Pattern.compile("school:\\$\\{\\s*schoolId\\s*}\\s+(\\S+)");

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Event event : model.process().findFlowElementsOfType(Event.class, true)) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer) {
                    timer(model, event.getId(), timer, problems);
                }
            }
        }
        for (UserTask task : model.process().findFlowElementsOfType(UserTask.class, true)) {
            if (task.getDueDate() != null && !task.getDueDate().isBlank()) {
                if (!SchoolWorkingTimeCalendar.NAME.equals(task.getBusinessCalendarName())) {
                    problems.add(model.problem("models.problem.dueDateNotOnSchoolCalendar", task.getId()));
                } else if (!readable(task.getDueDate())) {
                    problems.add(model.problem("models.problem.deadlineNotSchoolTime", task.getId(), task.getDueDate()));
                }
            }
        }
        return problems;
    }

    private static void timer(CheckedProcess model, String eventId, TimerEventDefinition timer, List<ModelProblem> problems) {
        if (!SchoolWorkingTimeCalendar.NAME.equals(timer.getCalendarName())) {
            problems.add(model.problem("models.problem.timerNotOnSchoolCalendar", eventId));
        }
        if (timer.getTimeCycle() != null && !timer.getTimeCycle().isBlank()) {
            problems.add(model.problem("models.problem.timerRepeats", eventId));
            return;
        }
        String time = timer.getTimeDuration() != null && !timer.getTimeDuration().isBlank() ? timer.getTimeDuration()
                : timer.getTimeDate();
        if (time != null && !time.isBlank() && !readable(time)) {
            problems.add(model.problem("models.problem.deadlineNotSchoolTime", eventId, time));
        }
    }

    private static boolean readable(String time) {
        String text = time.strip();
        if (WHOLE_DUE_DATE.matcher(text).matches()) {
            return true;
        }
        Matcher school = SCHOOL_PERIOD.matcher(text);
        if (!school.matches()) {
            return false;
        }
        String period = school.group(1);
        if (WHOLE_DUE_DATE.matcher(period).matches()) {
            return true;
        }
        try {
            WorkingPeriod.parse(period);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
