/** The master key kept outside the database, and the keys derived from it for data encrypted at rest. */
package it.sfide.platform.keys;
