/** REST resources of documents: the published trust anchors. */
package it.sfide.document.api;
