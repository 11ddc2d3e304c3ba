/**
 * Thematic communities in the spirit of Open 2.0: bodies and innovators join, discuss themes and challenges, share
 * documents; community managers moderate.
 */
package it.sfide.community;
