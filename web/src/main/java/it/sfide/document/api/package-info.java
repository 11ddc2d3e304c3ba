/** REST resources of documents: the registry and the published trust anchors. */
package it.sfide.document.api;
