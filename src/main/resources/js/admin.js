/*
 * Experiment Log: the administration page. Each form (a department, a new department, the settings) is sent to the
 * REST API as JSON; a field named "hypothesisPrompts.en.change" becomes {"hypothesisPrompts": {"en": {"change": …}}},
 * a checkbox becomes true or false and a radio group its chosen value. Fields are read, and errors, conflicts and
 * failures shown, as all the pages' forms do (forms.js).
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    function texts() {
        return document.getElementById('exlog-admin').dataset;
    }

    var announce = forms.announcer('#exlog-admin .exlog-status');

    forms.handle('exlog-admin-form', function (form) {
        return {
            texts: texts(),
            body: forms.json(form),
            announce: announce,
            saved: function () {
                // The page shows what was stored, with the new versions and the change in the audit log.
                window.sessionStorage.setItem('exlog-admin-saved', '1');
                window.location.reload();
            }
        };
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (document.getElementById('exlog-admin') && window.sessionStorage.getItem('exlog-admin-saved')) {
            window.sessionStorage.removeItem('exlog-admin-saved');
            announce(texts().textSaved);
        }
    });
}());
