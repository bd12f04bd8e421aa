/*
 * Experiment Log: what the pages' JSON forms share. A form is sent to the REST API as JSON with its submit button
 * disabled and "saving" announced; errors are shown next to their field (aria-invalid, and the error text the field's
 * aria-describedby names) or in the form's summary; nothing typed is lost when a save fails; a conflict offers to
 * reload; a failed network says so. The page scripts depend on this web resource, so it loads before them.
 *
 * The texts come from the page's data attributes: textSaving, textFailed, textNetwork, textConflict, textReload.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** The URL of a path of the app's REST API. */
    function api(path) {
        return contextPath() + '/rest/experiment-log/1.0' + path;
    }

    /**
     * A field's value as JSON: a checkbox true or false, a chosen radio button whether its value is "true" (undefined
     * when not chosen), an empty field null, data-type="boolean" or "number" a boolean or number (a decimal comma
     * read as a point; what is not a number is sent as typed, for the server to name), else the trimmed text.
     */
    function value(input) {
        if (input.type === 'checkbox') {
            return input.checked;
        }
        if (input.type === 'radio') {
            return input.checked ? input.value === 'true' : undefined;
        }
        var raw = input.value.trim();
        if (raw === '') {
            return null;
        }
        if (input.dataset.type === 'boolean') {
            return raw === 'true';
        }
        if (input.dataset.type === 'number') {
            var number = Number(raw.replace(',', '.'));
            return isNaN(number) ? raw : number;
        }
        return raw;
    }

    /**
     * The JSON of a form's named fields, each value as value(input) reads it: a name "a.b" becomes {"a": {"b": …}};
     * null leaves the value out (an empty field), undefined the field (a radio button not chosen).
     */
    function json(form) {
        var result = {};
        Array.prototype.forEach.call(form.elements, function (input) {
            if (!input.name || input.disabled || input.type === 'submit' || input.type === 'button') {
                return;
            }
            var read = value(input);
            if (read === undefined) {
                return;
            }
            var path = input.name.split('.');
            var node = result;
            for (var i = 0; i < path.length - 1; i++) {
                node[path[i]] = node[path[i]] || {};
                node = node[path[i]];
            }
            if (read !== null) {
                node[path[path.length - 1]] = read;
            }
        });
        return result;
    }

    /** A field a form sends whose error can be shown: the input of that name, unless it is hidden. */
    function field(form, name) {
        if (!name) {
            return null;
        }
        var input = form.querySelector('[name="' + name + '"]');
        return input && input.type !== 'hidden' ? input : null;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        form.querySelector('.exlog-form-error').textContent = '';
    }

    /** A conflict is the version the form was read at being out of date. */
    function versionConflict(status, errors) {
        return status === 409 && errors.length > 0 && errors[0].field === 'version';
    }

    function offerReload(summary, text) {
        summary.textContent = text.textConflict + ' ';
        var reload = document.createElement('button');
        reload.type = 'button';
        reload.className = 'exlog-button';
        reload.textContent = text.textReload;
        reload.addEventListener('click', function () { window.location.reload(); });
        summary.appendChild(reload);
        summary.focus();
    }

    /**
     * Shows the REST error body's errors: each next to the field options.fieldFor(form, name) finds, or else in the
     * summary; focus moves to the first field in error, or to the summary.
     */
    function showErrors(form, status, payload, options) {
        var text = options.texts;
        var summary = form.querySelector('.exlog-form-error');
        var errors = (payload && payload.errors) || [];
        var first = null;
        if ((options.conflict || versionConflict)(status, errors)) {
            offerReload(summary, text);
            return;
        }
        errors.forEach(function (error) {
            var input = (options.fieldFor || field)(form, error.field);
            var slot = input && document.getElementById(input.id + '-error');
            if (slot) {
                slot.textContent = error.message;
                input.setAttribute('aria-invalid', 'true');
                first = first || input;
            } else {
                summary.textContent = (summary.textContent ? summary.textContent + ' ' : '') + error.message;
            }
        });
        if (!summary.textContent && !first) {
            summary.textContent = text.textFailed;
        }
        (first || summary).focus();
    }

    /**
     * Sends a form to the REST API path and method its data-api and data-method name. Options: texts (the page's
     * texts), body (the JSON to send), announce(message) (the page's live status), saved(payload) (after a success),
     * and for showErrors fieldFor and conflict.
     */
    function submit(form, options) {
        var text = options.texts;
        var announce = options.announce || function () {};
        var button = form.querySelector('button[type="submit"]');
        clearErrors(form);
        button.disabled = true;
        announce(text.textSaving);
        fetch(api(form.dataset.api), {
            method: form.dataset.method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(options.body)
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (payload) {
                if (response.ok) {
                    options.saved(payload);
                    return;
                }
                showErrors(form, response.status, payload, options);
                announce('');
                button.disabled = false;
            });
        }, function () {
            var summary = form.querySelector('.exlog-form-error');
            summary.textContent = text.textNetwork;
            summary.focus();
            announce('');
            button.disabled = false;
        });
    }

    /**
     * Sends the forms with the class name through submit(form, optionsFor(form)) instead of the browser's own submit.
     */
    function handle(className, optionsFor) {
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form.classList.contains(className)) {
                return;
            }
            event.preventDefault();
            submit(form, optionsFor(form));
        });
    }

    /** Writes a message into a live status region, if the page has it. */
    function announcer(selector) {
        return function (message) {
            var status = document.querySelector(selector);
            if (status) {
                status.textContent = message;
            }
        };
    }

    window.ExperimentLogForms = {
        contextPath: contextPath,
        api: api,
        json: json,
        field: field,
        clearErrors: clearErrors,
        showErrors: showErrors,
        submit: submit,
        handle: handle,
        announcer: announcer
    };
}());
