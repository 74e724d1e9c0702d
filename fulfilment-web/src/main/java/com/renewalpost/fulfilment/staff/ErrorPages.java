package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The pages the server shows for a missing page (404), a page the role does not include (403) and
 * a failure (500), in the language of the staff member's pages (their choice, else their account's,
 * else the browser's). The status is the container's; these pages only say it in words.
 */
@WebServlet(urlPatterns = {ErrorPages.NOT_FOUND, ErrorPages.FORBIDDEN, ErrorPages.FAILURE})
public class ErrorPages extends HttpServlet {

    static final String NOT_FOUND = "/error/not-found";
    static final String FORBIDDEN = "/error/forbidden";
    static final String FAILURE = "/error/failure";

    /** The message keys of each page: error.{page}.title and error.{page}.text. */
    private static final Map<String, String> PAGES = Map.of(NOT_FOUND, "notFound", FORBIDDEN, "forbidden",
            FAILURE, "failure");

    @Inject
    transient PageLanguage pageLanguage;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var page = PAGES.getOrDefault(request.getServletPath(), "failure");
        var locale = language(request);
        var bundle = Message.bundle(locale);
        var title = bundle.getString("error." + page + ".title");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", StaffLanguage.tag(locale));
        response.setHeader("Cache-Control", "no-store");
        // the texts are the bundle's own: nothing of the request is written back
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + StaffLanguage.tag(locale) + "\">\n"
                + "<head><meta charset=\"UTF-8\"><title>" + title + " — Renewal Post</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/static/site.css\"></head>\n"
                + "<body><main class=\"narrow\" id=\"error-" + page + "\"><h1>" + title + "</h1><p>"
                + bundle.getString("error." + page + ".text") + "</p><p><a href=\"" + request.getContextPath()
                + "/\">" + bundle.getString("error.startPage") + "</a></p></main></body>\n</html>\n");
    }

    /** A signed-in person's page language; for anyone else the browser's, without opening a session. */
    private Locale language(HttpServletRequest request) {
        if (request.getSession(false) != null && request.getRemoteUser() != null) {
            return pageLanguage.localeFor(request);
        }
        return StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
