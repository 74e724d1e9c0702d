package com.renewalpost.mail;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The {@code msg("key", arg...)} function of the templates: a localised text from the resource
 * bundle with its {@code {0}} placeholders filled. The result is a plain string, so an
 * {@code .ftlh} template escapes it, customer-supplied arguments included.
 */
final class MessageText implements TemplateMethodModelEx {

    private final ResourceBundle bundle;
    private final Locale locale;

    MessageText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    String format(String key, Object... args) {
        // every text goes through MessageFormat so that quoting rules are the same with and without arguments
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(arguments.get(i) instanceof TemplateScalarModel scalar)) {
                throw new TemplateModelException("msg takes strings only (argument " + i + ")");
            }
            values[i] = scalar.getAsString();
        }
        Object[] args = new Object[values.length - 1];
        System.arraycopy(values, 1, args, 0, args.length);
        return format((String) values[0], args);
    }
}
