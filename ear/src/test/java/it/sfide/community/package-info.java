/** Communities in the running portal: joining, discussing, sharing documents, moderating. */
package it.sfide.community;
