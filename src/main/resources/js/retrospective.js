/*
 * Experiment Log: the retrospective page. The scope choice shows (and enables) only the project, department or
 * outcome field that belongs to the chosen kind, so the GET form sends one "value". The hold and revise forms are sent
 * to the REST API as JSON; errors are shown next to their field (aria-invalid, and the error text the field's
 * aria-describedby names); nothing typed is lost when a save fails; a conflict offers to reload.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function texts() {
        return document.getElementById('exlog-retro').dataset;
    }

    function showScopeField(kind) {
        document.querySelectorAll('[data-scope-field]').forEach(function (field) {
            var chosen = field.dataset.scopeField === kind;
            field.hidden = !chosen;
            field.querySelector('select').disabled = !chosen;
        });
    }

    function value(form, name) {
        var input = form.querySelector('[name="' + name + '"]');
        return input ? input.value.trim() : '';
    }

    function part(row, name) {
        return row.querySelector('[data-part="' + name + '"]');
    }

    /** The action rows someone typed in, with the JSON each becomes. */
    function actionRows(form) {
        var rows = [];
        form.querySelectorAll('.exlog-retro-action').forEach(function (row) {
            var text = part(row, 'text').value.trim();
            var owner = part(row, 'owner').value.trim();
            var due = part(row, 'due').value.trim();
            if (text === '' && owner === '' && due === '' && !row.dataset.actionId) {
                return;
            }
            // People type the name an owner logs in with; the server resolves it to the user key it stores.
            var action = {text: text, ownerName: owner || null, due: due || null, done: part(row, 'done').checked};
            if (row.dataset.actionId) {
                action.id = Number(row.dataset.actionId);
            }
            rows.push({row: row, json: action});
        });
        return rows;
    }

    function body(form, rows) {
        var json = {title: value(form, 'title'), notes: value(form, 'notes') || null,
            actions: rows.map(function (r) { return r.json; })};
        if (form.querySelector('[name="version"]')) {
            json.version = Number(value(form, 'version'));
        } else {
            json.scope = {kind: value(form, 'scope.kind'), value: value(form, 'scope.value') || null};
            json.period = {from: value(form, 'period.from'), to: value(form, 'period.to')};
        }
        return json;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        form.querySelector('.exlog-form-error').textContent = '';
    }

    /**
     * The field an error names. For an action: the row it counts ({@code actions[1].ownerName}, in the order sent), or
     * else the first row whose field looks like the one the server refused.
     */
    function fieldFor(form, rows, field) {
        if (!field) {
            return null;
        }
        var indexed = /^actions\[(\d+)\]\.(\w+)$/.exec(field);
        if (indexed) {
            var row = rows[Number(indexed[1])];
            var partName = indexed[2] === 'ownerName' ? 'owner' : indexed[2];
            return row ? part(row.row, partName) : null;
        }
        if (field.indexOf('actions.') === 0) {
            var name = field.substring('actions.'.length);
            var suspect = rows.filter(function (r) {
                var input = part(r.row, name);
                return input && (input.value.trim() === '' ? name === 'text' : input.value.length > Number(input.maxLength || 1e9));
            })[0] || rows[0];
            return suspect ? part(suspect.row, name) : null;
        }
        var input = form.querySelector('[name="' + field + '"]');
        return input && input.type !== 'hidden' ? input : null;
    }

    function showErrors(form, rows, status, payload) {
        var text = texts();
        var summary = form.querySelector('.exlog-form-error');
        var errors = (payload && payload.errors) || [];
        var first = null;
        if (status === 409) {
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
            var input = fieldFor(form, rows, error.field);
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
        var status = document.querySelector('#exlog-retro .exlog-status');
        if (status) {
            status.textContent = message;
        }
    }

    function init() {
        var scope = document.getElementById('exlog-retro-scope');
        if (scope) {
            scope.addEventListener('change', function () { showScopeField(scope.value); });
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('exlog-retro-save')) {
            return;
        }
        event.preventDefault();
        var text = texts();
        var button = form.querySelector('button[type="submit"]');
        var rows = actionRows(form);
        clearErrors(form);
        button.disabled = true;
        announce(text.textSaving);
        fetch(contextPath() + '/rest/experiment-log/1.0' + form.dataset.api, {
            method: form.dataset.method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body(form, rows))
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (payload) {
                if (response.ok) {
                    window.location.reload();
                    return;
                }
                showErrors(form, rows, response.status, payload);
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

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
