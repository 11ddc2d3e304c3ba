/**
 * The demo dataset: realistic organisations, accounts, challenges, communities and proposals in Italian and
 * English, loaded once at startup in demo mode. It sits above every business area and may use any of them;
 * nothing imports it.
 */
package it.sfide.demo;
