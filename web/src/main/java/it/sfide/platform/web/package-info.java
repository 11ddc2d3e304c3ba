/** What every page shares: the security mechanism, the language, messages, error handling and HTTP headers. */
package it.sfide.platform.web;
