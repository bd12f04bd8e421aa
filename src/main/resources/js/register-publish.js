/*
 * Experiment Log: the publish page (in Jira's frame; the public page's preview is in a frame below the forms). Publishing and withdrawing are sent to the REST API as JSON through the shared
 * form script; after a success the page reloads, showing the new state. Choosing the failure stories to include
 * refreshes the preview with a plain GET form and needs no script.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;
    var section = document.getElementById('exlog-publish');
    if (!forms || !section) {
        return;
    }
    var texts = section.dataset;
    var announce = forms.announcer('#exlog-publish-status');

    forms.handle('exlog-publish-form', function (form) {
        var stories = Array.prototype.map.call(form.querySelectorAll('input[name="stories"]'), function (input) {
            return Number(input.value);
        });
        return { texts: texts, announce: announce, body: { stories: stories }, saved: function () {
            window.location.reload();
        } };
    });

    forms.handle('exlog-withdraw-form', function (form) {
        return { texts: texts, announce: announce, body: forms.json(form), saved: function () {
            window.location.reload();
        } };
    });
}());
