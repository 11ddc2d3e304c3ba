/** Community queries and the moderation rules. */
package it.sfide.community.control;
