/*
 * Experiment Log: the outcome pages' wiring (record a measurement, edit an outcome, define an outcome). The forms are
 * read, sent and answered by the form library (forms.js) and their dialogs opened by the dialog module (dialogs.js). A
 * new outcome opens on its own page; progress bars take their width from data-progress.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    function init() {
        document.querySelectorAll('.exlog-page .exlog-progress-bar').forEach(function (bar) {
            bar.style.width = bar.dataset.progress + '%';
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }

    forms.handle('exlog-outcome-form', function (form) {
        if (form.dataset.then !== 'open') {
            return {};
        }
        return {
            saved: function (payload) {
                var page = window.location.pathname.replace(/\/?$/, '/') + (payload && payload.id);
                forms.reloadWithFlag(forms.texts(form).textSaved, null, page);
            }
        };
    });
}());
