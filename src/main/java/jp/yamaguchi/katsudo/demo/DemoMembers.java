package jp.yamaguchi.katsudo.demo;

import java.time.LocalDate;
import java.util.Random;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.NewMember;
import jp.yamaguchi.katsudo.account.NewOrganisation;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.account.PersonalProfile;
import org.springframework.stereotype.Component;

/**
 * Three ACTIVE member accounts to try the member login, the mypage and the admin's 会員アカウント with: an
 * individual, an NPO (団体) and a company. Their passwords are documented in the README (デモ用アカウント);
 * the mail addresses are example.jp, so no mail leaves the machine.
 */
@Component
class DemoMembers implements DemoSet {

  static final String INDIVIDUAL = "demo-kojin";
  static final String GROUP = "demo-dantai";
  static final String COMPANY = "demo-kigyo";
  static final String INDIVIDUAL_PASSWORD = "kojin-demo-2026";
  static final String GROUP_PASSWORD = "dantai-demo-2026";
  static final String COMPANY_PASSWORD = "kigyo-demo-2026";

  private final MemberAccounts accounts;

  DemoMembers(MemberAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public boolean present() {
    return accounts.byLoginId(INDIVIDUAL).isPresent();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    accounts.createActive(
        new NewMember(
            INDIVIDUAL,
            "kojin@example.jp",
            INDIVIDUAL_PASSWORD,
            MemberKind.INDIVIDUAL,
            DemoMembersText.INDIVIDUAL_NAME,
            new PersonalProfile(
                DemoMembersText.INDIVIDUAL_NAME,
                DemoMembersText.INDIVIDUAL_KANA,
                LocalDate.of(1985, 6, 15),
                "083-900-0001",
                "753-0001",
                DemoMembersText.INDIVIDUAL_ADDRESS),
            null));
    accounts.createActive(
        new NewMember(
            GROUP,
            "dantai@example.jp",
            GROUP_PASSWORD,
            MemberKind.GROUP,
            null,
            null,
            new NewOrganisation(
                OrganisationKind.NPO,
                DemoMembersText.GROUP_NAME,
                DemoMembersText.GROUP_KANA,
                DemoMembersText.GROUP_CONTACT,
                "083-900-0002",
                "dantai-tanto@example.jp")));
    accounts.createActive(
        new NewMember(
            COMPANY,
            "kigyo@example.jp",
            COMPANY_PASSWORD,
            MemberKind.COMPANY,
            null,
            null,
            new NewOrganisation(
                OrganisationKind.COMPANY,
                DemoMembersText.COMPANY_NAME,
                DemoMembersText.COMPANY_KANA,
                DemoMembersText.COMPANY_CONTACT,
                "0836-00-0003",
                "kigyo-tanto@example.jp")));
  }
}
