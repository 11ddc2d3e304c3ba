/** The communities API under {@code /api/v1/communities}. */
package it.sfide.community.api;
