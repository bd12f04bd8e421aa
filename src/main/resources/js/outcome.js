/*
 * Experiment Log: the outcome forms (record a measurement, edit an outcome, define an outcome). Each form is sent to
 * the REST API as JSON; a field named "baseline.value" becomes {"baseline": {"value": …}}. Errors are shown next to
 * their field (aria-invalid, and the error text the field's aria-describedby names); nothing typed is lost when a
 * save fails; a conflict offers to reload. The dialogs open and close with the pages' shared dialog handling.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function texts(form) {
        return form.closest('[data-text-saving]').dataset;
    }

    function read(input) {
        var raw = input.value.trim();
        if (raw === '') {
            return null;
        }
        if (input.dataset.type === 'number') {
            var number = Number(raw.replace(',', '.'));
            return isNaN(number) ? raw : number;
        }
        return raw;
    }

    function body(form) {
        var json = {};
        Array.prototype.forEach.call(form.elements, function (input) {
            if (!input.name || input.disabled || input.type === 'submit' || input.type === 'button') {
                return;
            }
            var value = read(input);
            var path = input.name.split('.');
            var node = json;
            for (var i = 0; i < path.length - 1; i++) {
                node[path[i]] = node[path[i]] || {};
                node = node[path[i]];
            }
            if (value !== null) {
                node[path[path.length - 1]] = value;
            }
        });
        return json;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        form.querySelector('.exlog-form-error').textContent = '';
    }

    function fieldFor(form, field) {
        if (!field) {
            return null;
        }
        var input = form.querySelector('[name="' + field + '"]');
        if (!input && field.indexOf('.') < 0) {
            input = form.querySelector('[name$=".' + field + '"]');
        }
        return input && input.type !== 'hidden' ? input : null;
    }

    function showErrors(form, status, payload) {
        var text = texts(form);
        var summary = form.querySelector('.exlog-form-error');
        var errors = (payload && payload.errors) || [];
        var first = null;
        if (status === 409 && errors.length && errors[0].field === 'version') {
            summary.textContent = text.textConflict + ' ';
            var reload = document.createElement('button');
            reload.type = 'button';
            reload.className = 'exlog-button';
            reload.textContent = text.textReload;
            reload.addEventListener('click', function () { window.location.reload(); });
            summary.appendChild(reload);
            summary.focus();
            return;
        }
        errors.forEach(function (error) {
            var input = fieldFor(form, error.field);
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

    function announce(form, message) {
        var status = document.querySelector('.exlog-status');
        if (status) {
            status.textContent = message;
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('exlog-outcome-form')) {
            return;
        }
        event.preventDefault();
        var text = texts(form);
        var button = form.querySelector('button[type="submit"]');
        clearErrors(form);
        button.disabled = true;
        announce(form, text.textSaving);
        fetch(contextPath() + '/rest/experiment-log/1.0' + form.dataset.api, {
            method: form.dataset.method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(body(form))
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (payload) {
                if (response.ok) {
                    if (form.dataset.then === 'open' && payload && payload.id) {
                        window.location.href = window.location.pathname.replace(/\/?$/, '/') + payload.id;
                    } else {
                        window.location.reload();
                    }
                    return;
                }
                showErrors(form, response.status, payload);
                announce(form, '');
                button.disabled = false;
            });
        }, function () {
            var summary = form.querySelector('.exlog-form-error');
            summary.textContent = text.textNetwork;
            summary.focus();
            announce(form, '');
            button.disabled = false;
        });
    });
}());
