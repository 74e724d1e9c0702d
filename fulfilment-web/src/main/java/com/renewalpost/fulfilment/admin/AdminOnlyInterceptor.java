package com.renewalpost.fulfilment.admin;

import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;

/** Refuses calls into {@link AdminOnly} beans from anybody without the ADMIN role. */
@AdminOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AdminOnlyInterceptor implements Serializable {

    /** Thrown instead of doing anything; the page answers with the error page. */
    public static final class NotAnAdmin extends SecurityException {
        NotAnAdmin(String what) {
            super("Only an admin may " + what);
        }
    }

    @AroundInvoke
    public Object onlyForAdmins(InvocationContext call) throws Exception {
        // looked up per call: the interceptor lives as long as a view-scoped page bean and may be serialised with it
        require(CDI.current().select(SecurityContext.class).get(), call.getMethod());
        return call.proceed();
    }

    static void require(SecurityContext caller, java.lang.reflect.Method method) {
        if (!caller.isCallerInRole(Roles.ADMIN)) {
            throw new NotAnAdmin(method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
    }
}
