package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.printing.SenderDetailsPage.Origin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderDetailsPageTest {

    @Test
    void theEnvironmentVariableOfASettingIsMicroProfileConfigsSpelling() {
        assertThat(SenderDetailsPage.environmentVariable("fulfilment.sender.support-email"))
                .isEqualTo("FULFILMENT_SENDER_SUPPORT_EMAIL");
    }

    @Test
    void theOriginOfAValueIsReadFromItsSource() {
        assertThat(SenderDetailsPage.origin("Properties", 100)).isEqualTo(Origin.APPLICATION_DEFAULTS);
        assertThat(SenderDetailsPage.origin("Environment", 300)).isEqualTo(Origin.ENVIRONMENT);
        assertThat(SenderDetailsPage.origin("SystemProperty", 400)).isEqualTo(Origin.SYSTEM_PROPERTY);
        assertThat(SenderDetailsPage.origin("PropertiesConfigSource[source=file:/app/META-INF/microprofile-config.properties]", 100))
                .isEqualTo(Origin.APPLICATION_DEFAULTS);
        assertThat(SenderDetailsPage.origin("Domain", 110)).isEqualTo(Origin.OTHER);
        assertThat(SenderDetailsPage.origin(null, 400)).isEqualTo(Origin.SYSTEM_PROPERTY);
    }
}
