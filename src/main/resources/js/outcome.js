/*
 * Experiment Log: the outcome forms (record a measurement, edit an outcome, define an outcome). Each form is sent to
 * the REST API as JSON; a field named "baseline.value" becomes {"baseline": {"value": …}}. Errors, conflicts and
 * failures are shown as all the pages' forms show them (forms.js). The dialogs open and close with the pages' shared
 * dialog handling.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

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

    /** The field an error names; a plain name ("value") may be a part of a field ("baseline.value"). */
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

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('exlog-outcome-form')) {
            return;
        }
        event.preventDefault();
        forms.submit(form, {
            texts: texts(form),
            body: forms.json(form, read),
            fieldFor: fieldFor,
            announce: forms.announcer('.exlog-status'),
            saved: function (payload) {
                if (form.dataset.then === 'open' && payload && payload.id) {
                    window.location.href = window.location.pathname.replace(/\/?$/, '/') + payload.id;
                } else {
                    window.location.reload();
                }
            }
        });
    });
}());
