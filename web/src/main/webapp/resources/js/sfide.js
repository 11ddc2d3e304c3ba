/*
 * What Sfide's pages do in the browser, without inline JavaScript: the content security policy of pages runs only
 * the portal's own scripts and those carrying the page's nonce, so pages mark elements with data- attributes and
 * this file, loaded by the layout, gives them their behaviour (listening on the document, so it also applies to
 * parts of a page replaced by ajax).
 *   data-confirm="question"   a button that does nothing unless the person confirms the question
 *   data-sending              a submit button that marks its form as being sent (class "sending")
 *   data-copy="field id"      a button copying the field's value to the clipboard; the text of its data-done
 *                             attribute is then shown in the element named by data-status
 *   data-select-on-focus      a field whose text is selected when it gets the focus
 *   data-toggle="id"          a button (aria-controls, aria-expanded) that shows and hides the element with that id
 *                             where the style sheet folds it away (the menu and the person's links on a phone);
 *                             Escape closes it and gives the focus back to the button
 * It uses no library (jQuery or PrimeFaces), so it runs in any order with their scripts.
 */
(function () {
    'use strict';

    // the style sheet folds the menus only when this script runs: without it they stay open
    document.documentElement.classList.add('js');

    function setOpen(button, open) {
        var target = document.getElementById(button.getAttribute('data-toggle'));
        if (target) {
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            target.classList.toggle('open', open);
        }
    }

    function marked(event, attribute) {
        return event.target instanceof Element ? event.target.closest('[' + attribute + ']') : null;
    }

    // capturing, so that a refusal stops the click before any other handler sends the form
    document.addEventListener('click', function (event) {
        var asking = marked(event, 'data-confirm');
        if (asking && !window.confirm(asking.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    document.addEventListener('click', function (event) {
        var sending = marked(event, 'data-sending');
        if (sending && sending.form) {
            sending.form.classList.add('sending');
        }
        var copying = marked(event, 'data-copy');
        if (copying) {
            var field = document.getElementById(copying.getAttribute('data-copy'));
            if (!field) {
                return;
            }
            field.select();
            if (navigator.clipboard) {
                navigator.clipboard.writeText(field.value);
            } else {
                document.execCommand('copy');
            }
            var status = document.getElementById(copying.getAttribute('data-status'));
            if (status) {
                status.textContent = copying.getAttribute('data-done');
            }
        }
    });

    document.addEventListener('click', function (event) {
        var toggle = marked(event, 'data-toggle');
        if (toggle) {
            setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var open = document.querySelectorAll('[data-toggle][aria-expanded="true"]');
        for (var i = 0; i < open.length; i++) {
            var target = document.getElementById(open[i].getAttribute('data-toggle'));
            if (target && target.contains(document.activeElement) || open[i] === document.activeElement) {
                setOpen(open[i], false);
                open[i].focus();
            }
        }
    });

    document.addEventListener('focusin', function (event) {
        if (event.target instanceof Element && event.target.hasAttribute('data-select-on-focus')) {
            event.target.select();
        }
    });
})();
