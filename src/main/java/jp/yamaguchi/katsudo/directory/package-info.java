/**
 * The Supernet directory (団体・企業を探す): entries of 県民活動団体, NPO法人 and 企業 on the shared organisation
 * record of the account module, registered by the public (掲載登録, confirmed by mail, then 仮登録),
 * reviewed and published by staff with the core review pattern, with an activity status (活動中 / 解散 /
 * 退会) of their own.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.directory.DirectoryEntries} (public read model {@link
 * jp.yamaguchi.katsudo.directory.DirectoryEntryView}, entries of an organisation, creating and
 * changing entries), {@link jp.yamaguchi.katsudo.directory.DirectoryStatus}.
 *
 * <p>Inside the module: {@code domain} (entity {@code DirectoryEntry}, its {@code
 * DirectoryContent}, repository), {@code web} (forms: {@code DirectoryForm} with its validator and
 * the shared field fragment {@code templates/directory/form-fields.html}; registration; admin
 * review), {@code mail} (review-event listeners).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package jp.yamaguchi.katsudo.directory;
