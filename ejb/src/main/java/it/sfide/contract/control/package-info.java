/** The contract area's storage, access rules, views, documents and reminders. */
package it.sfide.contract.control;
