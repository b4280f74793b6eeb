package jp.yamaguchi.katsudo.demo;

import java.util.Random;
import jp.yamaguchi.katsudo.contact.Contact;
import org.springframework.stereotype.Component;

/** A few お問い合わせ (STANDARD and FULL), so the staff's list shows open and handled ones. */
@Component
class DemoInquiries implements DemoSet {

  private final Contact contact;

  DemoInquiries(Contact contact) {
    this.contact = contact;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public boolean present() {
    return !contact.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    contact.demo(
        "SITE",
        "宇部 一郎",
        "ube-ichiro@example.jp",
        null,
        "団体の登録情報を修正したいのですが、どの画面から依頼すればよいでしょうか。",
        true);
    contact.demo(
        "CENTER",
        "NPO法人 ほうふ子ども応援団　防府 花子",
        "hofu-kodomo@example.jp",
        "0835-00-0000",
        "来月の交流コーナーの予約について伺います。\n土曜日の午後は空いていますか。",
        false);
    contact.demo(
        "CONSULTATION",
        "萩 次郎",
        "hagi-jiro@example.jp",
        null,
        "任意団体からNPO法人になるための手続きについて相談したいです。",
        false);
  }
}
