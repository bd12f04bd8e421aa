/*
 * Experiment Log: the issue panel's actions. Every form in the panel is sent to the REST API as JSON; errors are
 * shown next to their field and announced; nothing the user typed is lost when a save fails; a conflict offers to
 * reload. Dialogs are native <dialog> elements (focus moves in, Escape closes, focus returns to the opener).
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function panelOf(element) {
        return element.closest('.exlog-panel');
    }

    function apiPath(panel, form) {
        if (form.dataset.api) {
            return contextPath() + '/rest/experiment-log/1.0' + form.dataset.api;
        }
        return contextPath() + '/rest/experiment-log/1.0/experiments/' + encodeURIComponent(panel.dataset.issueKey)
            + form.dataset.endpoint;
    }

    function value(form, input) {
        var type = input.dataset.type;
        var raw = input.value.trim();
        if (type === 'integer' || type === 'number') {
            if (raw === '') {
                return null;
            }
            var number = Number(raw.replace(',', '.'));
            return isNaN(number) ? raw : number;
        }
        if (type === 'everyone') {
            return { everyone: true, departments: [] };
        }
        if (type === 'tags') {
            return raw === '' ? [] : raw.split(',').map(function (tag) { return tag.trim(); }).filter(Boolean);
        }
        return raw === '' ? null : raw;
    }

    function body(form) {
        var json = {};
        var kind = form.querySelector('select[name="kind"]');
        Array.prototype.forEach.call(form.elements, function (input) {
            if (!input.name || input.disabled || input.type === 'submit' || input.type === 'button') {
                return;
            }
            var fieldset = input.closest('fieldset.exlog-figures');
            if (fieldset && kind && fieldset.dataset.kind !== kind.value) {
                return;
            }
            if (input.name === 'departments') {
                json.departments = json.departments || [];
                if (input.checked) {
                    json.departments.push(Number(input.value));
                }
                return;
            }
            if (input.name === 'factors') {
                json.factors = json.factors || [];
                if (input.checked) {
                    json.factors.push(input.value);
                }
                return;
            }
            if (input.name === 'outcomes') {
                json.outcomes = json.outcomes || [];
                if (input.checked) {
                    var direction = form.querySelector('select[name="expected-' + input.value + '"]');
                    json.outcomes.push({ outcomeId: Number(input.value), expected: direction ? direction.value : 'increase' });
                }
                return;
            }
            if (input.name.indexOf('expected-') === 0) {
                return;
            }
            json[input.name] = value(form, input);
        });
        return json;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error').forEach(function (error) { error.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        var summary = form.querySelector('.exlog-form-error');
        if (summary) {
            summary.textContent = '';
        }
    }

    function fieldFor(form, field) {
        if (!field) {
            return null;
        }
        var name = field.split('.').pop().replace(/\[\d+\]$/, '');
        if (field.indexOf('hypothesis.') === 0) {
            name = field.substring('hypothesis.'.length);
        }
        if (field === 'closingNote') {
            name = 'note';
        }
        var candidates = form.querySelectorAll('[name="' + name + '"]');
        for (var i = 0; i < candidates.length; i++) {
            if (!candidates[i].closest('[hidden]')) {
                return candidates[i];
            }
        }
        return null;
    }

    function showErrors(form, panel, status, payload) {
        var summary = form.querySelector('.exlog-form-error');
        var errors = (payload && payload.errors) || [];
        var first = null;
        errors.forEach(function (error) {
            var input = fieldFor(form, error.field);
            var slot = input && document.getElementById(input.id + '-error');
            if (!slot && input && input.closest('fieldset')) {
                slot = input.closest('fieldset').querySelector('.exlog-field-error');
            }
            if (slot) {
                slot.textContent = error.message;
                input.setAttribute('aria-invalid', 'true');
                first = first || input;
            } else if (summary) {
                summary.textContent = (summary.textContent ? summary.textContent + ' ' : '') + error.message;
            }
        });
        if (summary && status === 409 && errors.length && errors[0].field === 'version') {
            summary.textContent = panel.dataset.textConflict;
            var reload = document.createElement('button');
            reload.type = 'button';
            reload.className = 'exlog-button';
            reload.textContent = panel.dataset.textReload;
            reload.addEventListener('click', function () { window.location.reload(); });
            summary.appendChild(document.createTextNode(' '));
            summary.appendChild(reload);
        } else if (summary && !summary.textContent) {
            summary.textContent = panel.dataset.textFailed;
        }
        (first || summary).focus && (first || summary).focus();
    }

    function submit(event) {
        var form = event.target;
        if (!form.classList.contains('exlog-form')) {
            return;
        }
        event.preventDefault();
        var panel = panelOf(form);
        var status = panel.querySelector('.exlog-status');
        var button = form.querySelector('button[type="submit"]');
        clearErrors(form);
        button.disabled = true;
        status.textContent = panel.dataset.textSaving;
        fetch(apiPath(panel, form), {
            method: form.dataset.method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: form.dataset.method === 'DELETE' ? undefined : JSON.stringify(body(form))
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return null;
            }
            return response.json().catch(function () { return null; }).then(function (payload) {
                showErrors(form, panel, response.status, payload);
                status.textContent = '';
                button.disabled = false;
            });
        }, function () {
            var summary = form.querySelector('.exlog-form-error');
            summary.textContent = panel.dataset.textNetwork;
            status.textContent = '';
            button.disabled = false;
        });
    }

    function showKind(select) {
        var form = select.closest('form');
        form.querySelectorAll('fieldset.exlog-figures').forEach(function (fieldset) {
            fieldset.hidden = fieldset.dataset.kind !== select.value;
        });
    }

    document.addEventListener('click', function (event) {
        var opener = event.target.closest('[data-opens]');
        if (opener) {
            var dialog = document.getElementById(opener.dataset.opens);
            dialog.showModal();
            dialog.opener = opener;
            var first = dialog.querySelector('input:not([type="hidden"]), textarea, select');
            if (first) {
                first.focus();
            }
            return;
        }
        var closer = event.target.closest('.exlog-close');
        if (closer) {
            closer.closest('dialog').close();
        }
    });
    document.addEventListener('close', function (event) {
        if (event.target.opener) {
            event.target.opener.focus();
        }
    }, true);
    document.addEventListener('submit', submit);
    document.addEventListener('change', function (event) {
        if (event.target.classList.contains('exlog-kind')) {
            showKind(event.target);
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.exlog-progress-bar').forEach(function (bar) {
            bar.style.width = bar.dataset.progress + '%';
        });
        document.querySelectorAll('.exlog-form-error').forEach(function (summary) {
            summary.setAttribute('tabindex', '-1');
        });
    });
}());
