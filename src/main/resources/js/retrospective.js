/*
 * Experiment Log: the retrospective page. The scope choice shows (and enables) only the project, department or
 * outcome field that belongs to the chosen kind, so the GET form sends one "value". The hold and revise forms are sent
 * to the REST API as JSON; errors, conflicts and failures are shown as all the pages' forms show them (forms.js).
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

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
        return forms.field(form, field);
    }

    /** Any conflict, not only an out-of-date version, offers to reload. */
    function conflict(status) {
        return status === 409;
    }

    function init() {
        var scope = document.getElementById('exlog-retro-scope');
        if (scope) {
            scope.addEventListener('change', function () { showScopeField(scope.value); });
        }
    }

    forms.handle('exlog-retro-save', function (form) {
        var rows = actionRows(form);
        return {
            texts: texts(),
            body: body(form, rows),
            fieldFor: function (target, field) { return fieldFor(target, rows, field); },
            conflict: conflict,
            announce: forms.announcer('#exlog-retro .exlog-status'),
            saved: function () { window.location.reload(); }
        };
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
