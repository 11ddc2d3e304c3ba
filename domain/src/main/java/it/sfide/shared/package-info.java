/** What every business area shares: the root business exception, time mapping and small value types. */
package it.sfide.shared;
