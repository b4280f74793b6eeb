package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantContent;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The phone layout (issue 10, item 7). On a 375 × 812 px phone the page's h1 is on the first screen
 * at every text size, up to 特大, on HOME and on a content page of both sites; the main menu folds
 * behind a menu button and the display settings behind a disclosure, both usable by keyboard and
 * without JavaScript; desktop keeps its menu bar and open settings. The side menu is a labelled
 * navigation landmark, and 締切間近 differs from 募集中 by more than colour. Screenshots of each page at
 * 375 and 1280 px at each text size land in {@code target/screenshots/phone-*} and {@code
 * desktop-*}.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

  static final int PHONE_HEIGHT = 812;

  static final List<String> PAGES =
      List.of("/", "/center/access", "/aikasanet/", "/aikasanet/guide");

  @Autowired GrantEditing grants;

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private Page phone() {
    Page page = newPage(PHONE);
    page.setViewportSize(PHONE, PHONE_HEIGHT);
    return page;
  }

  private static String shot(String prefix, String path, String textSize) {
    String p = path.replaceAll("[^a-z]+", "-").replaceAll("-+$", "");
    return prefix + (p.isEmpty() ? "-home" : p) + "-" + textSize + ".png";
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard", "large", "xlarge"})
  void theHeadingIsOnThePhonesFirstScreen(String textSize) {
    Page page = phone();
    page.navigate(url("/display?text=" + textSize + "&back=/"));
    for (String path : PAGES) {
      page.navigate(url(path));
      assertThat(page.locator("html").getAttribute("data-text-size")).isEqualTo(textSize);
      BoundingBox h1 = page.locator("main h1").boundingBox();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve(shot("phone-first-screen", path, textSize))));
      assertThat(h1.y + h1.height)
          .as("bottom of the h1 of " + path + " at text size " + textSize + " on 375 × 812 px")
          .isLessThanOrEqualTo(PHONE_HEIGHT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard", "large", "xlarge"})
  void desktopKeepsTheMenuBarAndTheOpenSettings(String textSize) {
    Page page = newPage(DESKTOP);
    page.navigate(url("/display?text=" + textSize + "&back=/"));
    for (String path : PAGES) {
      page.navigate(url(path));
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve(shot("desktop-first-screen", path, textSize))));
      assertThat(page.locator(".menu-button")).isHidden();
      assertThat(page.locator(".display-settings summary")).isHidden();
      assertThat(page.locator("#global-nav")).isVisible();
      assertThat(page.getByRole(AriaRole.RADIO, name("特大"))).isVisible();
      assertThat(page.locator("main h1")).isInViewport();
    }
  }

  @Test
  void theMenuButtonOpensAndClosesTheMenuByKeyboard() {
    Page page = phone();
    page.navigate(url("/center/access"));
    Locator button = page.getByRole(AriaRole.BUTTON, name("メニュー"));
    Locator menu = page.getByRole(AriaRole.NAVIGATION, name("メインメニュー"));
    assertThat(button).hasAttribute("aria-expanded", "false");
    assertThat(button).hasAttribute("aria-controls", "global-nav");
    assertThat(menu).isHidden();

    button.focus();
    page.keyboard().press("Enter");
    assertThat(button).hasAttribute("aria-expanded", "true");
    assertThat(menu).isVisible();
    assertAccessible(page, "phone-menu-open");

    // Tab goes on into the menu; Escape there folds it and puts the focus back on the button
    page.keyboard().press("Tab");
    for (int i = 0; i < 5 && !inMenu(page); i++) page.keyboard().press("Tab");
    assertThat(inMenu(page)).as("Tab reaches the menu's links").isTrue();
    page.keyboard().press("Escape");
    assertThat(button).hasAttribute("aria-expanded", "false");
    assertThat(menu).isHidden();
    assertThat(page.evaluate("document.activeElement.classList.contains('menu-button')"))
        .isEqualTo(true);
  }

  private static boolean inMenu(Page page) {
    return (Boolean) page.evaluate("!!document.activeElement.closest('#global-nav')");
  }

  @Test
  void theDisplaySettingsOpenFromTheirDisclosureOnAPhone() {
    Page page = phone();
    page.navigate(url("/aikasanet/guide"));
    Locator largest = page.getByRole(AriaRole.RADIO, name("特大"));
    assertThat(largest).isHidden();
    Locator summary = page.locator(".display-settings summary");
    assertThat(summary).hasText("文字サイズ・背景色");
    summary.focus();
    page.keyboard().press("Enter");
    assertThat(largest).isVisible();
    assertAccessible(page, "phone-settings-open");
    largest.check();
    assertThat(page.locator("html")).hasAttribute("data-text-size", "xlarge");
    page.keyboard().press("Escape");
    assertThat(largest).isHidden();
    assertThat(page.evaluate("document.activeElement.tagName")).isEqualTo("SUMMARY");
    // opened again, it folds when the focus moves on past its last group
    page.keyboard().press("Enter");
    assertThat(largest).isVisible();
    for (int i = 0; i < 5 && inSettings(page); i++) page.keyboard().press("Tab");
    assertThat(inSettings(page)).isFalse();
    assertThat(largest).isHidden();
    // the choice is stored as before: the next page comes at 特大
    page.waitForTimeout(300);
    page.navigate(url("/"));
    assertThat(page.locator("html")).hasAttribute("data-text-size", "xlarge");
  }

  private static boolean inSettings(Page page) {
    return (Boolean) page.evaluate("!!document.activeElement.closest('.display-settings')");
  }

  @Test
  void theSideMenuIsALabelledNavigation() {
    Page page = open("/center/access", DESKTOP);
    assertThat(page.getByRole(AriaRole.NAVIGATION, name("ご案内"))).isVisible();
    assertThat(page.locator("aside")).hasCount(0);
    assertThat(page.getByRole(AriaRole.COMPLEMENTARY)).hasCount(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void closingSoonLooksDifferentFromOpenNotByColourAlone(int width) {
    LocalDate today = LocalDate.now(clock);
    String title = "締切表示の確認" + width;
    publish(title + "・間近", today.plusDays(3));
    publish(title + "・募集中", today.plusDays(60));
    Page page = open("/grants?q=" + title, width);
    Locator closing = page.locator(".tag[data-status='closing']");
    Locator open = page.locator(".tag[data-status='open']");
    assertThat(closing).hasText("締切間近");
    assertThat(open).hasText("募集中");
    // an icon ...
    assertThat(closing.locator("svg")).isVisible();
    assertThat(open.locator("svg")).hasCount(0);
    // ... and a different shape and weight, whatever the colours
    for (String property : List.of("border-top-width", "border-top-left-radius", "font-weight")) {
      assertThat(style(closing, property)).as(property).isNotEqualTo(style(open, property));
    }
    assertAccessible(page, "grant-status-tags");
  }

  private static String style(Locator element, String property) {
    return (String) element.evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
  }

  private void publish(String title, LocalDate deadline) {
    Grant grant =
        grants.create(
            new GrantContent(
                "締切表示の確認基金",
                title,
                List.of("f07"),
                "prefecture",
                null,
                null,
                null,
                null,
                null,
                LocalDate.now(clock).minusDays(10),
                deadline,
                null,
                "締切表示の確認基金 事務局",
                null,
                null,
                null,
                null,
                "shimekiri@example.jp",
                null,
                List.of()),
            "editor");
    grants.review(grant.getId(), null, ReviewAction.PUBLISH, null, "editor");
  }
}
