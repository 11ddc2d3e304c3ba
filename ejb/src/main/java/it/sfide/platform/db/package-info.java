/** The application's datasource and the one migrator that owns the schema. */
package it.sfide.platform.db;
