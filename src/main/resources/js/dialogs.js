/*
 * Experiment Log: the one dialog module. Dialogs are native <dialog> elements styled as AUI's dialog2 (header, content,
 * footer): a control with data-opens="<dialog id>" opens one modally and focus moves to its first field; a button with
 * the class exlog-close, or Escape, closes it; focus then returns to the control that opened it, without scrolling.
 * confirm(options) asks a yes/no question in the same kind of dialog and resolves to true or false.
 */
(function () {
    'use strict';

    /** Opens a dialog modally, remembering the control focus returns to when it closes. */
    function open(dialog, opener) {
        dialog.exlogOpener = opener || document.activeElement;
        if (!dialog.open) {
            dialog.showModal();
        }
        var first = dialog.querySelector('[autofocus], input:not([type="hidden"]):not([disabled]), textarea, select, '
            + '.exlog-dialog-content button, footer button');
        if (first) {
            first.focus();
        }
    }

    function close(dialog) {
        if (dialog.open) {
            dialog.close();
        }
    }

    function element(tag, className, text) {
        var made = document.createElement(tag);
        if (className) {
            made.className = className;
        }
        if (text !== undefined) {
            made.textContent = text;
        }
        return made;
    }

    var confirmCount = 0;

    /**
     * Asks for confirmation in a modal dialog. Options: title, message, confirm (the button's text), cancel, danger
     * (the confirm button warns), opener (where focus returns). Resolves true when confirmed, false when cancelled or
     * closed with Escape.
     */
    function confirm(options) {
        return new Promise(function (resolve) {
            var id = 'exlog-confirm-' + (++confirmCount);
            var dialog = element('dialog', 'exlog-dialog exlog-dialog-small exlog-confirm');
            dialog.id = id;
            dialog.setAttribute('aria-labelledby', id + '-title');
            dialog.setAttribute('aria-describedby', id + '-message');
            var header = element('header', 'exlog-dialog-header');
            var title = element('h2', 'exlog-dialog-title', options.title);
            title.id = id + '-title';
            header.appendChild(title);
            var content = element('div', 'exlog-dialog-content');
            var message = element('p', '', options.message);
            message.id = id + '-message';
            content.appendChild(message);
            var footer = element('footer', 'exlog-dialog-footer');
            var yes = element('button', 'aui-button ' + (options.danger ? 'aui-button-primary exlog-danger' : 'aui-button-primary'),
                options.confirm);
            yes.type = 'button';
            var no = element('button', 'aui-button aui-button-link exlog-close', options.cancel);
            no.type = 'button';
            footer.appendChild(yes);
            footer.appendChild(no);
            dialog.appendChild(header);
            dialog.appendChild(content);
            dialog.appendChild(footer);
            var root = (options.opener && options.opener.closest('.exlog-root')) || document.body;
            root.appendChild(dialog);
            var answer = false;
            yes.addEventListener('click', function () {
                answer = true;
                dialog.close();
            });
            dialog.addEventListener('close', function () {
                dialog.remove();
                resolve(answer);
            });
            open(dialog, options.opener);
            no.focus();
        });
    }

    document.addEventListener('click', function (event) {
        var opener = event.target.closest('[data-opens]');
        if (opener) {
            var dialog = document.getElementById(opener.dataset.opens);
            if (dialog && dialog.tagName === 'DIALOG') {
                event.preventDefault();
                open(dialog, opener);
            }
            return;
        }
        var closer = event.target.closest('.exlog-close');
        if (closer && closer.closest('dialog')) {
            close(closer.closest('dialog'));
        }
    });

    // Escape closes the dialog that holds focus, as AUI's dialog2 does. AUI's layer manager (in every page of the
    // frame) answers every Escape on the document with preventDefault, even with none of its layers open: that
    // suppresses the browser's own close request for a modal dialog, and a handler that skips prevented events never
    // saw the key. So this listens on the window, after the document's handlers, and does not ask whether the default
    // was prevented; a control that uses Escape itself (a suggestion list) stops the event's propagation instead.
    window.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape' || !event.target || !event.target.closest) {
            return;
        }
        var dialog = event.target.closest('dialog.exlog-dialog[open]');
        if (!dialog) {
            var open = document.querySelectorAll('dialog.exlog-dialog[open]');
            dialog = open.length ? open[open.length - 1] : null;
        }
        if (dialog) {
            event.preventDefault();
            close(dialog);
        }
    });

    document.addEventListener('close', function (event) {
        var dialog = event.target;
        if (dialog.exlogOpener && document.contains(dialog.exlogOpener)) {
            dialog.exlogOpener.focus({ preventScroll: true });
        }
    }, true);

    window.ExperimentLogDialogs = { open: open, close: close, confirm: confirm };
}());
