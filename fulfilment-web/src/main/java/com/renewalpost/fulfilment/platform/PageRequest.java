package com.renewalpost.fulfilment.platform;

import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * One page of a list the API or a staff page answers: {@code page} counts from 0, {@code size}
 * rows at most. Every list is paged so that no answer grows with the data (50,000 queued orders
 * once made ten calls to the queue exhaust the heap); the whole count comes from a COUNT query and
 * travels in {@value #TOTAL_HEADER}.
 */
public record PageRequest(int page, int size) {

    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 100;
    /** The largest page anyone may ask for. */
    public static final int MAX_SIZE = 500;
    /** The answer header with the number of rows on all pages together. */
    public static final String TOTAL_HEADER = "X-Total-Count";
    /** What a paged operation's description says. */
    public static final String PAGED = "One page: page from 0, size 1-" + MAX_SIZE + " (default " + DEFAULT_SIZE
            + "); the header " + TOTAL_HEADER + " counts the rows of all pages.";

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    /** The first page of the default size. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The page asked for in query parameters, with the default size and maximum of most lists. */
    public static PageRequest of(String page, String size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /**
     * The page asked for in query parameters; absent parameters take the defaults. Anything else
     * than whole numbers within range, or a page so far that its first row cannot be counted, is a
     * 400 problem saying what is allowed.
     */
    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        long p = number(page, 0);
        long s = number(size, defaultSize);
        if (p < 0 || s < 1 || s > maxSize) {
            throw invalid(maxSize);
        }
        if (p * s > Integer.MAX_VALUE - s) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-page",
                    Message.of("page.beyond", String.valueOf(p), String.valueOf(s)));
        }
        return new PageRequest((int) p, (int) s);
    }

    /** The position of the page's first row in the whole list. */
    public int first() {
        return page * size;
    }

    /** This page of the query's rows. */
    public <T> List<T> of(TypedQuery<T> query) {
        return query.setFirstResult(first()).setMaxResults(size).getResultList();
    }

    /**
     * This page of a list that is small by nature (reference data an admin keeps: products' stock
     * levels, zones, standards, ranges) and computed whole: the answer is bounded all the same.
     */
    public <T> List<T> of(List<T> all) {
        int from = Math.min(first(), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
    }

    /** Puts the whole count into the answer's {@value #TOTAL_HEADER} header. */
    public static void total(HttpServletResponse response, long total) {
        if (response != null) {
            response.setHeader(TOTAL_HEADER, Long.toString(total));
        }
    }

    private static long number(String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        var digits = text.strip();
        // at most ten digits: anything longer is out of range anyway and must not overflow the parse
        if (!digits.matches("-?[0-9]{1,10}")) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-page",
                    Message.of("page.wholeNumbers", String.valueOf(DEFAULT_SIZE)));
        }
        return Long.parseLong(digits);
    }

    private static ProblemException invalid(int maxSize) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-page",
                Message.of("page.range", String.valueOf(maxSize)));
    }
}
