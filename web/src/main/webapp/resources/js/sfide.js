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
 * A box that scrolls sideways (a wide table on a phone) can be reached and scrolled with the keyboard: it gets
 * tabindex="0", role="region" and its table's caption (or the section's heading) as its name, while it overflows;
 * PrimeFaces' file chooser, a span the keyboard reaches that holds the file field, gets the role group (its label is
 * an aria-labelledby, which a span without a role may not carry, and a button may not hold a field). A plain table
 * becomes cards on a phone (each cell named by its column: table.cards in sfide.css).
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

    function scrollRegions() {
        var main = document.getElementById('main');
        if (!main) {
            return;
        }
        main.querySelectorAll('div, figure, section, table').forEach(function (box) {
            var style = window.getComputedStyle(box);
            var scrolls = (style.overflowX === 'auto' || style.overflowX === 'scroll')
                && box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.hasAttribute('tabindex')) {
                var caption = box.querySelector('caption, h2, h3');
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('data-scroll-region', '');
                if (caption && caption.textContent.trim()) {
                    box.setAttribute('aria-label', caption.textContent.trim());
                }
            } else if (!scrolls && box.hasAttribute('data-scroll-region')) {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
                box.removeAttribute('data-scroll-region');
            }
        });
    }

    function roles() {
        document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]:not([role])').forEach(function (chooser) {
            chooser.setAttribute('role', 'group');
        });
    }

    // a plain table (class "table", one header cell per column) becomes cards on a phone: each cell carries its
    // column's name, which the style sheet shows before it when the rows are stacked (table.cards)
    function cards() {
        document.querySelectorAll('table.table:not(.reflow):not(.cards):not([data-no-cards])').forEach(function (table) {
            if (table.closest('.table-wrap') || table.querySelector('tbody [colspan]')) {
                return;
            }
            var heads = table.querySelectorAll('thead tr:first-child > th');
            if (heads.length < 2 || table.querySelectorAll('thead tr').length > 1) {
                return;
            }
            var names = Array.prototype.map.call(heads, function (th) { return th.textContent.trim(); });
            table.querySelectorAll('tbody > tr').forEach(function (row) {
                Array.prototype.forEach.call(row.children, function (cell, i) {
                    if (names[i] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', names[i]);
                    }
                });
            });
            table.classList.add('cards');
        });
    }

    function enhance() {
        roles();
        cards();
        scrollRegions();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', enhance);
    } else {
        enhance();
    }
    window.addEventListener('load', function () {
        enhance();
        // parts of the page replaced by ajax get the same
        var main = document.getElementById('main');
        if (main && window.MutationObserver) {
            new MutationObserver(function () { roles(); cards(); }).observe(main, { childList: true, subtree: true });
        }
    });
    window.addEventListener('resize', scrollRegions);
})();
