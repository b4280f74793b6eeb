package jp.yamaguchi.katsudo.core.lists;

/** The staff-editable lists of spec §6. Labels are in {@code i18n/core_ja.properties}. */
public enum ListKey {
  MUNICIPALITY,
  PREFECTURE,
  ACTIVITY_FIELD,
  PROBONO_FIELD,
  WEEKDAY,
  TIME_SLOT,
  GROUP_CLASS,
  COMPANY_CLASS,
  TARGET_AREA,
  BUDGET_RANGE,
  FEATURE,
  REGISTRATION_REQUIREMENT,
  GENDER
}
