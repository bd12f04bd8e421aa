/*
 * Experiment Log: the administration page. Each form (a department, a new department, the settings) is sent to the
 * REST API as JSON; a field named "hypothesisPrompts.en.change" becomes {"hypothesisPrompts": {"en": {"change": …}}},
 * a checkbox becomes true or false and a radio group its chosen value. Errors are shown next to their field
 * (aria-invalid, and the error text the field's aria-describedby names); nothing typed is lost when a save fails; a
 * conflict offers to reload.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function texts() {
        return document.getElementById('exlog-admin').dataset;
    }

    function read(input) {
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

    function body(form) {
        var json = {};
        Array.prototype.forEach.call(form.elements, function (input) {
            if (!input.name || input.disabled || input.type === 'submit' || input.type === 'button') {
                return;
            }
            var value = read(input);
            if (value === undefined) {
                return;
            }
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
        return input && input.type !== 'hidden' ? input : null;
    }

    function showErrors(form, status, payload) {
        var text = texts();
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

    function announce(message) {
        var status = document.querySelector('#exlog-admin .exlog-status');
        if (status) {
            status.textContent = message;
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('exlog-admin-form')) {
            return;
        }
        event.preventDefault();
        var text = texts();
        var button = form.querySelector('button[type="submit"]');
        clearErrors(form);
        button.disabled = true;
        announce(text.textSaving);
        fetch(contextPath() + '/rest/experiment-log/1.0' + form.dataset.api, {
            method: form.dataset.method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(body(form))
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (payload) {
                if (response.ok) {
                    // The page shows what was stored, with the new versions and the change in the audit log.
                    window.sessionStorage.setItem('exlog-admin-saved', '1');
                    window.location.reload();
                    return;
                }
                showErrors(form, response.status, payload);
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
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (document.getElementById('exlog-admin') && window.sessionStorage.getItem('exlog-admin-saved')) {
            window.sessionStorage.removeItem('exlog-admin-saved');
            announce(texts().textSaved);
        }
    });
}());
