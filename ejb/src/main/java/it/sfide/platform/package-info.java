/**
 * The ground floor every area stands on: the clock, configuration, the datasource and its migrator, keys, mail
 * and texts. It imports no business area.
 */
package it.sfide.platform;
