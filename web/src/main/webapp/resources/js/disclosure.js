/*
 * Disclosure buttons, without inline JavaScript (the content security policy runs only the portal's own scripts):
 *   <button type="button" data-disclosure aria-controls="panel id" aria-expanded="false">
 * shows or hides the panel (class "open") and says so in aria-expanded. The class "js" on the document lets the
 * style sheet collapse such panels only where this script runs.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('js');
    document.addEventListener('click', function (event) {
        var button = event.target instanceof Element ? event.target.closest('[data-disclosure]') : null;
        if (!button) {
            return;
        }
        var panel = document.getElementById(button.getAttribute('aria-controls'));
        if (!panel) {
            return;
        }
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        panel.classList.toggle('open', open);
    });
})();
