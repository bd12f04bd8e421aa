/*
 * Experiment Log: the administration page's wiring. Each section's form (class exlog-admin-form) is read, sent and
 * answered by the form library (forms.js): a field named "hypothesisPrompts.en.change" becomes
 * {"hypothesisPrompts": {"en": {"change": ...}}}; after a save the page shows what was stored, with the saved flag and
 * focus back on the section's Save button.
 */
(function () {
    'use strict';

    window.ExperimentLogForms.handle('exlog-admin-form');
}());
