/**
 * The document area's published contract for writing documents: the areas that own a record (a challenge notice,
 * a receipt, a committee report, a contract) implement {@link it.sfide.document.spi.DocumentRenderer} against
 * {@link it.sfide.document.spi.DocumentLayout} and hand it to {@code DocumentIssuer}; they never touch the PDF
 * machinery of {@code document.control}.
 */
package it.sfide.document.spi;
