package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.PostalService;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalServiceBandTest {

    @Test
    void theServiceBandSaysInternationalOnlyWhenTheLetterLeavesTheCountry() {
        assertThat(PostalService.STANDARD_LETTER.printedName(false)).isEqualTo("Letter post");
        assertThat(PostalService.STANDARD_LETTER.printedName(true)).isEqualTo("International letter post");
        assertThat(PostalService.TRACKED_LETTER.printedName(true)).isEqualTo("International tracked letter");
        assertThat(PostalService.REGISTERED_LETTER.printedName(false)).isEqualTo("Registered letter");
    }
}
