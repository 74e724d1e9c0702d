package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.StaffLanguage;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the staff pages for this session: what the person chose (kept on their account
 * for the next login), else what their browser prefers among the supported ones, else English.
 */
@Named
@SessionScoped
public class PageLanguage implements Serializable {

    /** The languages the staff pages are written in; the tags are what the account keeps. */
    public record Choice(String tag, String label) implements Serializable {
    }

    public static final List<Choice> CHOICES = List.of(new Choice("en", "English"), new Choice("zh-Hans", "简体中文"));

    @Inject
    transient StaffAccounts accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = localeFor((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return locale;
    }

    /**
     * The language of this session's pages for a request outside Faces (an error page): the one
     * chosen, else the account's, else the browser's preference.
     */
    public Locale localeFor(HttpServletRequest request) {
        if (locale == null) {
            var user = request.getRemoteUser();
            locale = (user == null ? java.util.Optional.<String>empty()
                    : accounts.byUsername(user).flatMap(StaffAccount::uiLanguage))
                    .map(PageLanguage::localeOf)
                    .orElseGet(() -> StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language")));
        }
        return locale;
    }

    public String getTag() {
        return tagOf(getLocale());
    }

    public void setTag(String tag) {
        locale = localeOf(tag);
    }

    public List<Choice> getChoices() {
        return CHOICES;
    }

    /** Applies the choice to this page at once and remembers it on the account. */
    public void remember() {
        var context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(getLocale());
        var user = context.getExternalContext().getRemoteUser();
        if (user != null) {
            accounts.chooseUiLanguage(user, getTag());
        }
    }

    static Locale localeOf(String tag) {
        return "zh-Hans".equals(tag) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static String tagOf(Locale locale) {
        return StaffLanguage.tag(locale);
    }
}
