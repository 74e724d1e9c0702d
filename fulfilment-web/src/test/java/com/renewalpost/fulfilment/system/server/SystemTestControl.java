package com.renewalpost.fulfilment.system.server;

import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.notifications.CodeEmailCheck;
import com.renewalpost.fulfilment.notifications.OutboxWorker;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * The system tests' hand on time: {@code POST /system-test/control?advance=P12D} moves the
 * application's clock forward; {@code ?run=code-email-check} and {@code ?run=outbox} run those
 * scheduled jobs now instead of at their next tick. Only in the system-test deployment.
 */
@WebServlet("/system-test/control")
public class SystemTestControl extends HttpServlet {

    @Inject
    MovableClock clock;
    @Inject
    CodeEmailCheck codeEmailCheck;
    @Inject
    OutboxWorker outbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        if (request.getParameter("advance") != null) {
            clock.advance(Duration.parse(request.getParameter("advance")));
            answer = "now " + clock.instant();
        } else if ("code-email-check".equals(request.getParameter("run"))) {
            answer = "queued " + codeEmailCheck.run();
        } else if ("outbox".equals(request.getParameter("run"))) {
            answer = "sent " + outbox.sendDue();
        } else {
            response.sendError(400, "advance=<ISO duration> or run=code-email-check|outbox");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
