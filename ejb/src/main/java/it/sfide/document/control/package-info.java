/** Document logic: the platform's keys and certificates, and the certificate authority that issues them. */
package it.sfide.document.control;
