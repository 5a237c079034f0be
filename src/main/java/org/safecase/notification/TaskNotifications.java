package org.safecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.calendar.SchoolCalendars;
import org.safecase.workflow.TaskCreated;

import java.time.Clock;
import java.time.LocalDateTime;

/** Queues a notification for every new task, in the transaction that created the task. */
@ApplicationScoped
public class TaskNotifications {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    SchoolCalendars calendars;
    @Inject
    Clock clock;

    void onTaskCreated(@Observes TaskCreated task) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime sendAfter = SendTime.of(task.schoolId() == null ? null : calendars.forSchool(task.schoolId()),
                now, task.urgent());
        em.persist(new TaskNotification(task.taskId(), task.caseReference(), task.schoolId(), now, sendAfter));
    }
}
