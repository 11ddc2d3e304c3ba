/** Shared helpers of the integration tests: the deployment and HTTP/JSON access to the running portal. */
package it.sfide.testing;
