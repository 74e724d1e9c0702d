package com.renewalpost.fulfilment.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JSON answer of the API says the language its words are in ({@code Content-Language}):
 * the one {@code Accept-Language} asked for among English and Simplified Chinese, English by
 * default. Codes in the answer (statuses, kinds, services) are the same in every language.
 */
@Provider
public class ContentLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var type = response.getMediaType();
        if (response.hasEntity() && type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    StaffLanguage.tag(StaffLanguage.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        }
    }
}
