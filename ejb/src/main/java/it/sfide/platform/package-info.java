/** Platform services every area uses: the clock, configuration, the demo dataset. */
package it.sfide.platform;
