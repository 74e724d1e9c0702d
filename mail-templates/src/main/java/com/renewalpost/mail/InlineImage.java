package com.renewalpost.mail;

import java.util.Objects;

/**
 * An image shown inside the HTML part, referenced there as {@code cid:<contentId>}.
 *
 * @param contentId the Content-ID without angle brackets
 * @param mediaType e.g. {@code image/png}
 */
public record InlineImage(String contentId, String mediaType, byte[] bytes) {

    public InlineImage {
        SingleLine.require(contentId, "content ID");
        SingleLine.require(mediaType, "media type");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "InlineImage[" + contentId + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
