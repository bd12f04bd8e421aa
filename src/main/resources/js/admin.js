/*
 * Experiment Log: the administration page's wiring. A department's form (class exlog-admin-form) is sent as it reads.
 * The settings are one resource (PUT /admin/config replaces them all) shown as sections with their own Save (class
 * exlog-admin-settings): a section sends what it shows, and every other section as the page was loaded, so a Save never
 * stores what was typed, unsaved, in another section. After a save the page shows what was stored, with the saved flag
 * and focus back on that section's Save button. Fields are read as the form library reads them (forms.js).
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;
    var stored = null;

    function merge(target, source) {
        Object.keys(source).forEach(function (key) {
            var value = source[key];
            if (value && typeof value === 'object' && !Array.isArray(value) && !value.toJSON) {
                target[key] = merge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value);
            } else {
                target[key] = value;
            }
        });
        return target;
    }

    /** The settings as loaded, section by section (read once, before anyone types). */
    function loaded() {
        if (stored === null) {
            stored = {};
            document.querySelectorAll('form.exlog-admin-settings').forEach(function (form) {
                stored[form.id] = forms.readForm(form).json;
            });
        }
        return stored;
    }

    forms.handle('exlog-admin-form');

    forms.handle('exlog-admin-settings', function (form) {
        return {
            adjust: function (json) {
                var whole = {};
                var sections = loaded();
                Object.keys(sections).forEach(function (id) {
                    if (id !== form.id) {
                        merge(whole, sections[id]);
                    }
                });
                return merge(whole, json);
            }
        };
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', loaded);
    } else {
        loaded();
    }
}());
