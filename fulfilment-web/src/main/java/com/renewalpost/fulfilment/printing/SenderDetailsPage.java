package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.fulfilment.admin.AdminOnly;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Admin page: the sender details printed on letters, labels, CN22 forms and manifests and shown in
 * email footers. They are MicroProfile Config settings (fulfilment.sender.*), the one place
 * configuration lives, so the page shows them read-only with where each value comes from and how to
 * change it; there is no second, editable copy.
 */
@Named
@ViewScoped
@AdminOnly
public class SenderDetailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sender settings, in the order an address is read. */
    static final List<String> KEYS = List.of("name", "street1", "street2", "city", "region", "postcode", "country",
            "support-email", "support-phone", "website");
    /** Settings that say who the customer hears from, shown alongside. */
    static final List<String> RELATED = List.of("fulfilment.email.from.name", "fulfilment.email.from.address",
            "fulfilment.customs.signer", "fulfilment.dispatch.post-office");

    /**
     * One setting: its key, the environment variable that overrides it, the value in use (null:
     * not set), and where that value comes from.
     */
    public record Setting(String key, String environmentVariable, String value, Origin origin, String sourceName)
            implements Serializable {
    }

    /** Where a value comes from, in the order MicroProfile Config consults them. */
    public enum Origin { SYSTEM_PROPERTY, ENVIRONMENT, APPLICATION_DEFAULTS, OTHER, NOT_SET }

    @Inject
    PrintingSettings printing;

    private List<Setting> sender;
    private List<Setting> related;
    private List<String> printedLines;

    @PostConstruct
    void load() {
        sender = KEYS.stream().map(k -> setting("fulfilment.sender." + k)).toList();
        related = RELATED.stream().map(this::setting).toList();
        var s = printing.settings().sender();
        var address = s.address();
        List<String> lines = new ArrayList<>();
        lines.add(s.name());
        lines.addAll(address.streetLines());
        lines.add(Stream.of(address.city(), address.region(), address.postcode())
                .filter(x -> x != null && !x.isBlank()).reduce((a, b) -> a + " " + b).orElse(""));
        lines.add(address.countryCode());
        printedLines = lines;
    }

    Setting setting(String key) {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue(key);
        var text = value.getValue();
        return new Setting(key, environmentVariable(key), text,
                text == null ? Origin.NOT_SET : origin(value.getSourceName(), value.getSourceOrdinal()),
                value.getSourceName());
    }

    /** MicroProfile Config's environment-variable spelling of a key: upper case, every other character _. */
    static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * Where a value was found, from its source's name and ordinal: Payara names the sources
     * "SystemProperty", "Environment" and "Properties" (the application's own
     * META-INF/microprofile-config.properties); the ordinals are MicroProfile Config's defaults.
     */
    static Origin origin(String sourceName, int ordinal) {
        var name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        if (name.equals("properties") || name.contains("microprofile-config.properties")) {
            return Origin.APPLICATION_DEFAULTS;
        }
        if (name.contains("env")) {
            return Origin.ENVIRONMENT;
        }
        if (name.contains("systemproperty") || name.contains("system propert") || name.contains("sysprop")) {
            return Origin.SYSTEM_PROPERTY;
        }
        return switch (ordinal) {
            case 400 -> Origin.SYSTEM_PROPERTY;
            case 300 -> Origin.ENVIRONMENT;
            case 100 -> Origin.APPLICATION_DEFAULTS;
            default -> Origin.OTHER;
        };
    }

    public List<Setting> getSender() {
        return sender;
    }

    public List<Setting> getRelated() {
        return related;
    }

    public List<String> getPrintedLines() {
        return printedLines;
    }
}
