/*
 * Experiment Log: actions on a stored record that need no form of their own, built on the form library
 * (ExperimentLogForms) and the dialog module (ExperimentLogDialogs).
 *
 * A button with the class exlog-record-action sends one request: data-api (the REST path), data-method (default
 * DELETE). With data-confirm-title it first asks in a confirmation dialog (data-confirm-message says what will happen,
 * data-confirm-button names the action, data-confirm-cancel the way back; data-confirm-danger marks a removal). After
 * a success the page reloads with the flag data-done and focus goes to data-return (a selector), else to the closest
 * element with an id; a refusal is read out in a role="alert" paragraph next to the button.
 *
 * A form with data-confirm-title (conclude, abandon, stop offering experiments) asks the same before the form library
 * sends it; cancelling leaves the form as it was.
 *
 * A form with data-started-on (an ISO day) warns before it sends one of its date fields dated earlier: the question
 * is data-early-title, data-early-message ("{0}" the day it started, {1} the day typed), data-early-button; the user
 * may accept the date and save, or cancel and change it.
 * data-url sends the page elsewhere after the success (a deleted outcome's list). A removal that can be undone carries
 * data-undo-api, data-undo-method (default POST) and data-undo-body (the removed record as the API creates it): the
 * flag after the reload then holds an Undo button that sends that request and reloads with data-undo-done as its flag.
 */
(function () {
    'use strict';
    // A page that requires this resource twice (the issue view and its panel both may) must not ask twice.
    if (window.ExperimentLogRecordActions) {
        return;
    }
    window.ExperimentLogRecordActions = true;


    function forms() {
        return window.ExperimentLogForms;
    }

    function dialogs() {
        return window.ExperimentLogDialogs;
    }

    /** The first date field of a form with data-started-on dated before that day, or null. */
    function earlyDate(form) {
        var started = form.dataset.startedOn;
        if (!started) {
            return null;
        }
        return Array.prototype.filter.call(form.querySelectorAll('input[type="date"]'), function (input) {
            return !input.disabled && input.value && input.value < started;
        })[0] || null;
    }

    /** A day (ISO) as the reader's language writes it in a sentence. */
    function day(iso) {
        var parts = iso.split('-').map(Number);
        try {
            return new Intl.DateTimeFormat(document.documentElement.lang || 'en',
                { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
                .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
        } catch (ignored) {
            return iso;
        }
    }

    /** Asks whether to save a date before the experiment started. */
    function earlyConfirmed(form, input, opener) {
        return dialogs().confirm({
            title: form.dataset.earlyTitle,
            // the page wrote the day it started ({0}); the day typed is {1}
            message: forms().format(form.dataset.earlyMessage || '', ['{0}', day(input.value)]),
            confirm: form.dataset.earlyButton || form.dataset.earlyTitle,
            cancel: form.dataset.confirmCancel || '',
            opener: opener
        });
    }

    /** Asks for confirmation when the element carries data-confirm-title; resolves true at once otherwise. */
    function confirmed(element, opener) {
        if (!element.dataset.confirmTitle || !dialogs()) {
            return Promise.resolve(true);
        }
        return dialogs().confirm({
            title: element.dataset.confirmTitle,
            message: element.dataset.confirmMessage || '',
            confirm: element.dataset.confirmButton || element.dataset.confirmTitle,
            cancel: element.dataset.confirmCancel || '',
            danger: element.hasAttribute('data-confirm-danger'),
            opener: opener
        });
    }

    function alertNear(button, message) {
        var alert = button.parentNode.querySelector('.exlog-action-error');
        if (!alert) {
            alert = document.createElement('p');
            alert.className = 'exlog-action-error exlog-field-error';
            alert.setAttribute('role', 'alert');
            button.parentNode.insertBefore(alert, button.nextSibling);
        }
        alert.textContent = message;
    }

    function returnTarget(button) {
        if (button.dataset.return) {
            return document.querySelector(button.dataset.return);
        }
        var holder = button.parentNode && button.parentNode.closest('[id]');
        return holder || null;
    }

    function send(button) {
        var method = button.dataset.method || 'DELETE';
        var body = button.dataset.body;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        fetch(forms().api(button.dataset.api), {
            method: method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: body && method !== 'DELETE' ? body : undefined
        }).then(function (response) {
            if (response.ok) {
                // a removal that can be undone says so in its own flag, with the Undo button, instead of the usual one
                var undoable = rememberUndo(button);
                forms().reloadWithFlag(undoable ? '' : button.dataset.done || '', returnTarget(button),
                    button.dataset.url);
                return;
            }
            return response.json().catch(function () { return null; }).then(function (payload) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                var errors = payload && payload.errors ? payload.errors : [];
                alertNear(button, errors.map(function (e) { return e.message; }).join(' ')
                    || button.dataset.failed || '');
            });
        }, function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            alertNear(button, button.dataset.failed || '');
        });
    }

    /* ---------------------------------------------------------------- undo after a removal */

    var UNDO_KEY = 'exlog-undo';

    function rememberUndo(button) {
        if (!button.dataset.undoApi) {
            return false;
        }
        try {
            window.sessionStorage.setItem(UNDO_KEY, JSON.stringify({
                path: window.location.pathname, api: button.dataset.undoApi,
                method: button.dataset.undoMethod || 'POST', body: button.dataset.undoBody || '',
                label: button.dataset.undoLabel || '', done: button.dataset.undoDone || '',
                failed: button.dataset.failed || '', message: button.dataset.done || '',
                close: button.dataset.undoClose || '', returnTo: button.dataset.return || ''
            }));
            return true;
        } catch (ignored) {
            // no session storage: no undo, the removal stands
            return false;
        }
    }

    function undo(stored, flagElement, undoButton) {
        undoButton.disabled = true;
        fetch(forms().api(stored.api), {
            method: stored.method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: stored.body || undefined
        }).then(function (response) {
            if (response.ok) {
                forms().reloadWithFlag(stored.done, stored.returnTo ? document.querySelector(stored.returnTo) : null);
                return;
            }
            return response.json().catch(function () { return null; }).then(function (payload) {
                undoButton.disabled = false;
                var errors = payload && payload.errors ? payload.errors : [];
                alertNear(undoButton, errors.map(function (e) { return e.message; }).join(' ') || stored.failed);
            });
        }, function () {
            undoButton.disabled = false;
            alertNear(undoButton, stored.failed);
        });
    }

    /** After the reload that shows a removal: a flag of its own with the Undo button, until closed or used. */
    function offerUndo() {
        var stored;
        try {
            stored = JSON.parse(window.sessionStorage.getItem(UNDO_KEY) || 'null');
            window.sessionStorage.removeItem(UNDO_KEY);
        } catch (ignored) {
            stored = null;
        }
        if (!stored || stored.path !== window.location.pathname || !stored.label) {
            return;
        }
        var region = document.getElementById('exlog-undo-flags');
        if (!region) {
            region = document.createElement('div');
            region.id = 'exlog-undo-flags';
            region.className = 'exlog-flags exlog-undo-flags';
            region.setAttribute('role', 'status');
            var root = document.querySelector('.exlog-root') || document.body;
            root.appendChild(region);
        }
        var own = document.createElement('div');
        own.className = 'exlog-flag exlog-undo-flag';
        own.setAttribute('role', 'group');
        own.setAttribute('aria-label', stored.message);
        var body = document.createElement('p');
        body.textContent = stored.message + ' ';
        var undoButton = document.createElement('button');
        undoButton.type = 'button';
        undoButton.className = 'aui-button exlog-undo';
        undoButton.textContent = stored.label;
        undoButton.addEventListener('click', function () { undo(stored, own, undoButton); });
        body.appendChild(undoButton);
        own.appendChild(body);
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'aui-button aui-button-subtle exlog-flag-close';
        close.setAttribute('aria-label', stored.close || '\u00d7');
        close.textContent = '\u00d7';
        close.addEventListener('click', function () { own.remove(); });
        own.appendChild(close);
        // added a moment after the live region exists, so that screen readers announce it
        window.setTimeout(function () { region.appendChild(own); }, 50);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', offerUndo);
    } else {
        offerUndo();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button.exlog-record-action');
        if (!button || button.disabled) {
            return;
        }
        event.preventDefault();
        confirmed(button, button).then(function (yes) {
            if (yes) {
                send(button);
            }
        });
    });

    /* A form that asks first: stop its submit before the form library sees it, ask, then submit it again. */
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var early = form.dataset ? earlyDate(form) : null;
        if (!form.dataset || (!form.dataset.confirmTitle && !(early && dialogs()))) {
            return;
        }
        if (form.dataset.confirmed === 'yes') {
            delete form.dataset.confirmed;
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        var submitter = event.submitter || form.querySelector('button[type="submit"]');
        (early && dialogs() ? earlyConfirmed(form, early, submitter) : confirmed(form, submitter)).then(function (yes) {
            if (yes) {
                form.dataset.confirmed = 'yes';
                if (form.requestSubmit) {
                    form.requestSubmit();
                } else {
                    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
                }
            }
        });
    }, true);
}());
