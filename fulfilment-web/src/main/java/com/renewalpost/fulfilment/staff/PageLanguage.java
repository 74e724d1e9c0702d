package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
            var context = FacesContext.getCurrentInstance();
            var user = context.getExternalContext().getRemoteUser();
            locale = (user == null ? java.util.Optional.<String>empty()
                    : accounts.byUsername(user).flatMap(StaffAccount::uiLanguage))
                    .map(PageLanguage::localeOf)
                    .orElseGet(() -> browserPreference(context));
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
        return "zh".equals(locale.getLanguage()) ? "zh-Hans" : "en";
    }

    private static Locale browserPreference(FacesContext context) {
        var preferred = context.getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            var candidate = preferred.next();
            if ("zh".equals(candidate.getLanguage())) {
                // Traditional-script readers get English rather than the wrong script
                var traditional = "Hant".equals(candidate.getScript())
                        || List.of("TW", "HK", "MO").contains(candidate.getCountry());
                return traditional ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equals(candidate.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
