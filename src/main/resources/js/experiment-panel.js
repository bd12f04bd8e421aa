/*
 * Experiment Log: the issue panel's wiring. Its forms (class exlog-form) are read, sent and answered by the form library
 * (forms.js) and its dialogs opened by the dialog module (dialogs.js); this script only shows the result fields of the
 * chosen kind and sizes the progress bars.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    function showKind(select) {
        select.closest('form').querySelectorAll('fieldset.exlog-figures').forEach(function (fieldset) {
            fieldset.hidden = fieldset.dataset.kind !== select.value;
        });
    }

    forms.handle('exlog-form');

    document.addEventListener('change', function (event) {
        if (event.target.classList.contains('exlog-kind')) {
            showKind(event.target);
        }
    });

    function init() {
        document.querySelectorAll('.exlog-panel .exlog-progress-bar').forEach(function (bar) {
            bar.style.width = bar.dataset.progress + '%';
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
