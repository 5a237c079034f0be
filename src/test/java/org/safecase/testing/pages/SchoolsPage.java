package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code identity/schools.xhtml} (issue #13 item 3): an LA admin's schools, and the form to add or change one. */
public class SchoolsPage extends Page {
    public SchoolsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("school:save"));
    }

    /** Types a school into the form (a null time is left empty) without sending it. */
    public SchoolsPage fill(String name, String urn, String nation, String dayStarts, String dayEnds) {
        type(By.id("school:name"), name);
        type(By.id("school:urn"), urn);
        Select nations = new Select(driver.findElement(By.id("school:nation")));
        if (nation == null) {
            nations.selectByIndex(0);
        } else {
            nations.selectByVisibleText(nation);
        }
        time("school:dayStarts", dayStarts);
        time("school:dayEnds", dayEnds);
        return this;
    }

    /**
     * A time field's value as the browser's time picker would set it: its keys differ with the
     * browser's locale (12 or 24 hours), the value it posts does not.
     */
    private void time(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                driver.findElement(By.id(id)), value == null ? "" : value);
    }

    /** Sends the form (Add the school, or Save the changes) and waits for the page that answers. */
    public SchoolsPage save() {
        WebElement button = driver.findElement(By.id("school:save"));
        button.click();
        waitUntilReplaced(button);
        return new SchoolsPage(driver);
    }

    /** Lists the schools whose name contains {@code text}. */
    public SchoolsPage find(String text) {
        type(By.id("schools:filter"), text);
        WebElement button = driver.findElement(By.id("schools:find"));
        button.click();
        waitUntilReplaced(button);
        return new SchoolsPage(driver);
    }

    /** Opens the school of the list with this exact name in the form, to change it. */
    public SchoolsPage change(String name) {
        WebElement button = row(name).findElement(By.cssSelector("button[id$=':change']"));
        button.click();
        waitUntilReplaced(button);
        return new SchoolsPage(driver);
    }

    /** The row of the school with this exact name, as its cells read. */
    public String rowText(String name) {
        return row(name).getText();
    }

    public boolean lists(String name) {
        return !driver.findElements(rowLocator(name)).isEmpty();
    }

    private WebElement row(String name) {
        return waitFor(rowLocator(name));
    }

    private static By rowLocator(String name) {
        return By.xpath("//tbody[@id='schools:list_data']/tr[.//span[@class='school-name' and normalize-space()=\"" + name + "\"]]");
    }

    public String value(String field) {
        return driver.findElement(By.id("school:" + field)).getAttribute("value");
    }

    public String selectedNation() {
        return new Select(driver.findElement(By.id("school:nation"))).getFirstSelectedOption().getText();
    }

    public String formHeading() {
        return driver.findElement(By.id("formHeading")).getText();
    }

    /** The problem shown beside a field of the form, or "" if none. */
    public String problem(String field) {
        return driver.findElements(By.id("school:" + field + "Problem")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The page's messages (a confirmation, or a refusal in words). */
    public String messages() {
        return driver.findElement(By.id("schools:messages")).getText();
    }
}
