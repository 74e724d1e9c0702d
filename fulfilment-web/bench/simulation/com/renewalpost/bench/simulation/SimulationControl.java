package com.renewalpost.bench.simulation;

import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.notifications.CodeEmailCheck;
import com.renewalpost.fulfilment.notifications.OutboxWorker;
import com.renewalpost.fulfilment.renewal.RenewalReminders;
import com.renewalpost.fulfilment.tracking.LearnedStandards;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * The simulator's hand on time, in the simulation's own copy of the WAR only (bench/simulate adds
 * it with the system tests' {@link MovableClock}; the WAR the build makes has neither):
 * {@code POST /simulation/control?advance=P1D} moves the clock forward, {@code ?now} tells it, and
 * {@code ?run=code-email-check|outbox|reminders|learn} runs a scheduled job once, now, as its schedule
 * would on each simulated day (the schedules count real time, which hardly passes in a simulated year);
 * {@code ?run=day} runs them all in their schedules' order (learning, the delay check, reminders, then
 * the outbox until nothing is due) and then moves the clock a day: one request a simulated day.
 */
@WebServlet("/simulation/control")
public class SimulationControl extends HttpServlet {

    @Inject
    MovableClock clock;
    @Inject
    CodeEmailCheck codeEmailCheck;
    @Inject
    OutboxWorker outbox;
    @Inject
    RenewalReminders reminders;
    @Inject
    LearnedStandards learned;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        var run = request.getParameter("run");
        if (request.getParameter("advance") != null) {
            clock.advance(Duration.parse(request.getParameter("advance")));
            answer = clock.instant().toString();
        } else if (request.getParameter("now") != null) {
            answer = clock.instant().toString();
        } else if ("code-email-check".equals(run)) {
            answer = Integer.toString(codeEmailCheck.run());
        } else if ("outbox".equals(run)) {
            answer = Integer.toString(outbox.sendDue());
        } else if ("reminders".equals(run)) {
            answer = Integer.toString(reminders.run());
        } else if ("day".equals(run)) {
            learned.learn();
            int queued = codeEmailCheck.run();
            int reminded = reminders.run();
            int attempts = 0;
            for (int round = 0; round < 100; round++) {
                int sent = outbox.sendDue();
                attempts += sent;
                if (sent == 0) {
                    break;
                }
            }
            clock.advance(Duration.ofDays(1));
            answer = "queued=" + queued + " reminders=" + reminded + " attempts=" + attempts + " now=" + clock.instant();
        } else if ("learn".equals(run)) {
            answer = String.valueOf(learned.learn());
        } else {
            response.sendError(400, "advance=<ISO duration>, now, or run=code-email-check|outbox|reminders|learn|day");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
