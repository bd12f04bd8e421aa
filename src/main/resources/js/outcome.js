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

    forms.handle('exlog-outcome-form', function (form) {
        return {
            texts: texts(form),
            body: forms.json(form),
            fieldFor: fieldFor,
            announce: forms.announcer('.exlog-status'),
            saved: function (payload) {
                if (form.dataset.then === 'open' && payload && payload.id) {
                    window.location.href = window.location.pathname.replace(/\/?$/, '/') + payload.id;
                } else {
                    window.location.reload();
                }
            }
        };
    });
}());
