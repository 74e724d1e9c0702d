package com.renewalpost.labels;

/**
 * A document being written page by page to an output stream: each added item is rendered and flushed at once,
 * so memory stays flat however many items follow. {@link #close()} finishes the document but leaves the
 * caller's output stream open.
 */
public interface DocumentStream<T> extends AutoCloseable {

    void add(T item);

    @Override
    void close();
}
