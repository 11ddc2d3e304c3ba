/** Documents: the signed PDF records every procurement step leaves. */
package it.sfide.document;
