/*
 * Experiment Log: the public register's settings page. The form is sent as JSON through the shared form script; the
 * chosen departments go as a list of ids, and after a save the page reloads with the stored settings.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;
    var page = document.getElementById('exlog-register-admin');
    if (!forms || !page) {
        return;
    }
    forms.handle('exlog-register-settings', function (form) {
        var body = forms.json(form);
        body.departments = Array.prototype.filter.call(form.querySelectorAll('input[name="departments"]'), function (input) {
            return input.checked;
        }).map(function (input) {
            return Number(input.value);
        });
        return { texts: page.dataset, announce: forms.announcer('#exlog-register-admin .exlog-status'), body: body,
            saved: function () { window.location.reload(); } };
    });
}());
