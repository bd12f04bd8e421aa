/*
 * Experiment Log: the administration page. Each form (a department, a new department, the settings) is sent to the
 * REST API as JSON; a field named "hypothesisPrompts.en.change" becomes {"hypothesisPrompts": {"en": {"change": …}}},
 * a checkbox becomes true or false and a radio group its chosen value. Errors, conflicts and failures
 * are shown as all the pages' forms show them (forms.js).
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

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

    var announce = forms.announcer('#exlog-admin .exlog-status');

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('exlog-admin-form')) {
            return;
        }
        event.preventDefault();
        forms.submit(form, {
            texts: texts(),
            body: forms.json(form, read),
            announce: announce,
            saved: function () {
                // The page shows what was stored, with the new versions and the change in the audit log.
                window.sessionStorage.setItem('exlog-admin-saved', '1');
                window.location.reload();
            }
        });
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (document.getElementById('exlog-admin') && window.sessionStorage.getItem('exlog-admin-saved')) {
            window.sessionStorage.removeItem('exlog-admin-saved');
            announce(texts().textSaved);
        }
    });
}());
