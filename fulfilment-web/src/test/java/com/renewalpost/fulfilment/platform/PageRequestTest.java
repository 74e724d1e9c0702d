package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.of(" ", "")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.of("3", "20").first()).isEqualTo(60);
        assertThat(PageRequest.of("0", "500")).isEqualTo(new PageRequest(0, 500));
    }

    @Test
    void sizesOutsideOneToTheMaximumAreRefused() {
        assertRefused("0", "501", "size between 1 and 500");
        assertRefused("0", "0", "size between 1 and 500");
        assertRefused("-1", "10", "page must be 0 or more");
        assertRefused("0", "99999999999999", "whole numbers");
        assertThatThrownBy(() -> PageRequest.of("0", "201", 50, 200)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("size between 1 and 200");
    }

    @Test
    void aPageWhoseFirstRowCannotBeCountedIsRefusedNotOverflowed() {
        // page=2147483647 once made the first result overflow into a 5xx
        assertRefused(String.valueOf(Integer.MAX_VALUE), "50", "beyond any list");
        assertRefused(String.valueOf(Integer.MAX_VALUE / 100), "100", "beyond any list");
        assertThat(PageRequest.of(String.valueOf(Integer.MAX_VALUE / 100 - 1), "100").first())
                .isPositive();
    }

    @Test
    void wordsAndFractionsAreRefused() {
        assertRefused("two", "10", "whole numbers");
        assertRefused("1.5", "10", "whole numbers");
        assertRefused("1", "1e3", "whole numbers");
    }

    private static void assertRefused(String page, String size, String detail) {
        assertThatThrownBy(() -> PageRequest.of(page, size))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).isEqualTo("/problems/invalid-page");
                    assertThat(e.problem().detail().toString()).contains(detail);
                });
    }
}
