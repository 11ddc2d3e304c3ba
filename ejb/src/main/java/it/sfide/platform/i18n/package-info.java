/** Texts in the user's language, from the one resource bundle of the portal. */
package it.sfide.platform.i18n;
