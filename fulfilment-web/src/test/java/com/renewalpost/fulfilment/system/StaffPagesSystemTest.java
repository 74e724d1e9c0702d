package com.renewalpost.fulfilment.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame of the staff pages: login lands on the dashboard, navigation by role, the language. */
class StaffPagesSystemTest {

    static SystemServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        browser = new Browser(server);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void loggingInLandsOnTheDashboardWithTheDaysFigures() {
        var admin = server.newStaff("ADMIN");
        browser.logIn(admin);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/index.xhtml");
        assertThat(browser.find(By.id("current-user")).getText()).isEqualTo(admin.username());
        assertThat(browser.find(By.id("figure-queue")).getText()).contains("In the print queue");
        assertThat(browser.find(By.id("nav-admin")).isDisplayed()).isTrue();
        browser.screenshot("dashboard-after-login");
    }

    @Test
    void aPersonChoosesChineseAndKeepsItAtTheNextLogin() {
        var warehouse = server.newStaff("WAREHOUSE");
        browser.logIn(warehouse);
        new Select(browser.find(By.id("language:choice"))).selectByValue("zh-Hans");
        browser.waitFor(d -> d.findElement(By.id("nav-dashboard")).getText().equals("概览"));
        assertThat(browser.find(By.id("figure-queue")).getText()).contains("待打印");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");

        browser.find(By.id("logout")).click();
        browser.logIn(warehouse);
        assertThat(browser.find(By.id("nav-orders")).getText()).isEqualTo("订单");
        browser.screenshot("dashboard-zh-Hans");

        new Select(browser.find(By.id("language:choice"))).selectByValue("en");
        browser.waitFor(d -> d.findElement(By.id("nav-dashboard")).getText().equals("Dashboard"));
    }

    @Test
    void anAdminWithoutTheWarehouseRoleIsNotOfferedPackingAndIsToldWhy() {
        var admin = server.newStaff("ADMIN");
        browser.logIn(admin);
        assertThat(browser.driver().findElements(By.id("nav-packing"))).isEmpty();
        assertThat(browser.find(By.id("nav-print-runs")).isDisplayed()).isTrue();

        browser.open("staff/warehouse/packing.xhtml");
        assertThat(browser.find(By.id("warehouse-only")).getText())
                .isEqualTo("Packing is warehouse work: your account does not have the WAREHOUSE role. "
                        + "An administrator can add it on the page Users and roles.");
        assertThat(browser.driver().findElements(By.id("choice:name"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("scan-entry"))).isEmpty();
        assertThat(browser.pageText()).doesNotContain("Something went wrong");
    }

    @Test
    void aWarehouseUserSeesNoSupportOrAdminPagesAndCannotOpenThem() {
        var warehouse = server.newStaff("WAREHOUSE");
        browser.logIn(warehouse);
        assertThat(browser.driver().findElements(By.id("nav-admin"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("nav-tracking"))).isEmpty();
        assertThat(browser.find(By.id("nav-packing")).isDisplayed()).isTrue();

        browser.open("staff/admin/index.xhtml");
        assertThat(browser.pageText()).contains("You may not open this page");
        browser.open("staff/support/tracking.xhtml");
        assertThat(browser.pageText()).contains("You may not open this page");
    }
}
