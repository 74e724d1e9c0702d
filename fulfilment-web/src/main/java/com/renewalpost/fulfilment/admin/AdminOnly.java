package com.renewalpost.fulfilment.admin;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every call into a bean (or method) carrying this needs the caller to hold the ADMIN role. The
 * admin pages are already closed to others (web.xml); this guards their actions too, so that a
 * hand-made request to a bean never changes anything for someone who is not an admin.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
