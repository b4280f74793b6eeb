package jp.yamaguchi.katsudo.account;

/**
 * The organisation a new GROUP or COMPANY account acts for, with its contact person (担当者) whose
 * name, phone and mail address are stored encrypted.
 */
public record NewOrganisation(
    OrganisationKind kind,
    String name,
    String nameKana,
    String contactName,
    String contactPhone,
    String contactEmail) {}
