package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * {@code identity/users.xhtml} (issue #13 item 3): the people an LA admin or a head teacher looks
 * after, and the form to add or change one (LA admins) or to change their roles (head teachers).
 */
public class UsersPage extends Page {
    public UsersPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("users:find"));
    }

    /** Lists the users matching: a school by its name (null: all), a text, deactivated ones or not. */
    public UsersPage find(String school, String text, boolean withInactive) {
        if (school != null) {
            new Select(driver.findElement(By.id("users:school"))).selectByVisibleText(school);
        }
        type(By.id("users:text"), text);
        WebElement inactive = driver.findElement(By.id("users:withInactive"));
        if (inactive.isSelected() != withInactive) {
            inactive.click();
        }
        return press(By.id("users:find"));
    }

    /** Types a user into the form (LA admins) and ticks the roles named, without sending it. */
    public UsersPage fill(String name, String email, String school, List<String> roles) {
        type(By.id("user:name"), name);
        type(By.id("user:email"), email);
        new Select(driver.findElement(By.id("user:schoolId"))).selectByVisibleText(school);
        for (WebElement box : driver.findElements(By.cssSelector("#main input[type=checkbox][data-role]"))) {
            if (box.isSelected() != roles.contains(box.getAttribute("data-role"))) {
                box.click();
            }
        }
        return this;
    }

    /** The role's checkbox in the form. */
    public WebElement role(String role) {
        return waitFor(By.cssSelector("#main input[type=checkbox][data-role='" + role + "']"));
    }

    /** Sends the form: Add the user, Save the changes, or Save the roles. */
    public UsersPage save() {
        return press(By.id("user:save"));
    }

    /** Presses a button of the row of the user with this e-mail ({@code change}, {@code changeRoles}, {@code sendLink}, ...). */
    public UsersPage rowAction(String email, String action) {
        return press(row(email), By.cssSelector("button[id$=':" + action + "']"));
    }

    public boolean hasRowAction(String email, String action) {
        return !row(email).findElements(By.cssSelector("button[id$=':" + action + "']")).isEmpty();
    }

    /** The row of the user with this e-mail, as its cells read. */
    public String rowText(String email) {
        return row(email).getText();
    }

    public boolean lists(String email) {
        return !driver.findElements(rowLocator(email)).isEmpty();
    }

    /** The e-mail addresses listed, top to bottom. */
    public List<String> emails() {
        return driver.findElements(By.cssSelector("#users\\:list_data .user-email")).stream().map(WebElement::getText).toList();
    }

    public WebElement row(String email) {
        return waitFor(rowLocator(email));
    }

    private static By rowLocator(String email) {
        return By.xpath("//tbody[@id='users:list_data']/tr[.//span[@class='user-email' and normalize-space()=\"" + email + "\"]]");
    }

    public boolean formShown() {
        return !driver.findElements(By.id("user:save")).isEmpty();
    }

    public String formHeading() {
        return driver.findElement(By.id("formHeading")).getText();
    }

    /** The problem shown beside a field of the form, or "" if none. */
    public String problem(String field) {
        return driver.findElements(By.id("user:" + field + "Problem")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The page's messages (a confirmation, or a refusal in words). */
    public String messages() {
        return driver.findElement(By.id("users:messages")).getText();
    }

    private UsersPage press(By button) {
        return press(driver.findElement(By.tagName("body")), button);
    }

    private UsersPage press(WebElement within, By button) {
        WebElement pressed = within.findElement(button);
        pressed.click();
        waitUntilReplaced(pressed);
        return new UsersPage(driver);
    }
}
