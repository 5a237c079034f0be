package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code casefile/mine.xhtml}: the signed-in user's own reports. */
public class MyReportsPage extends Page {
    public MyReportsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("mine:reports"));
    }

    public String statusOf(String reference) {
        return waitFor(By.xpath("//tbody[@id='mine:reports_data']/tr[.//a[normalize-space()='" + reference
                + "']]//*[contains(@class,'case-status')]")).getText();
    }
}
