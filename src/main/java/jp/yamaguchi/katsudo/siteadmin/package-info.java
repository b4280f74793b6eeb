/**
 * Staff screens for the shared features the core keeps: site settings, the staff-editable lists,
 * the versioned terms (and their public pages), emergency notices, old-URL redirects and, in
 * development, the mails the application sent. It depends on core, admin and account; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site admin")
package jp.yamaguchi.katsudo.siteadmin;
