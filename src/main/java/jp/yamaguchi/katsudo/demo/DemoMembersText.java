package jp.yamaguchi.katsudo.demo;

/** The Japanese names of the demo members (demo data may hold Japanese literals). */
final class DemoMembersText {

  static final String INDIVIDUAL_NAME = "山口 花子";
  static final String INDIVIDUAL_KANA = "やまぐち はなこ";
  static final String INDIVIDUAL_ADDRESS = "山口市中央二丁目1番1号";
  static final String GROUP_NAME = "NPO法人 やまぐち里山ネット";
  static final String GROUP_KANA = "えぬぴーおーほうじん やまぐちさとやまねっと";
  static final String GROUP_CONTACT = "萩 一郎";
  static final String COMPANY_NAME = "株式会社 周南テクノ";
  static final String COMPANY_KANA = "かぶしきがいしゃ しゅうなんてくの";
  static final String COMPANY_CONTACT = "宇部 二郎";

  private DemoMembersText() {}
}
