/*
 * Experiment Log: the retrospective page's wiring. The scope choice shows (and enables) only the project, department
 * or outcome field that belongs to the chosen kind, so the GET form sends one "value". The hold and revise forms
 * (class exlog-retro-save; their action rows a data-list) are read, sent and answered by the form library (forms.js).
 */
(function () {
    'use strict';

    function showScopeField(kind) {
        document.querySelectorAll('[data-scope-field]').forEach(function (field) {
            var chosen = field.dataset.scopeField === kind;
            field.hidden = !chosen;
            field.querySelector('select').disabled = !chosen;
        });
    }

    function init() {
        var scope = document.getElementById('exlog-retro-scope');
        if (scope) {
            scope.addEventListener('change', function () { showScopeField(scope.value); });
        }
    }

    // after a save focus returns to the form's data-return (a revised retrospective's "Revise", as its form is closed
    // again after the reload), else to the form's own submit button
    window.ExperimentLogForms.handle('exlog-retro-save', function (form) {
        if (!form.dataset.return) {
            return {};
        }
        return {
            saved: function () {
                var forms = window.ExperimentLogForms;
                forms.reloadWithFlag(forms.texts(form).textSaved, document.querySelector(form.dataset.return));
            }
        };
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
