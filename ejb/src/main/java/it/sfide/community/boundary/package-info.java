/** Communities as people use them: joining, discussing, sharing documents, moderating. */
package it.sfide.community.boundary;
