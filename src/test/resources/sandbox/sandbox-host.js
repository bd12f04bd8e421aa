/*
 * The sandbox host's own script (not part of the plugin): applies the light or dark theme the frame was drawn in through
 * AUI's design-token theming, as Jira 10+ does for a user's theme setting.
 */
(function () {
    'use strict';

    function applyTheme() {
        var mode = document.documentElement.getAttribute('data-color-mode') || 'light';
        if (window.AJS && window.AJS.DesignTokens && typeof window.AJS.DesignTokens.setGlobalTheme === 'function') {
            window.AJS.DesignTokens.setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark', spacing: 'spacing',
                typography: 'typography' });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', applyTheme);
    } else {
        applyTheme();
    }
}());

/*
 * The header's Create, as Jira's: a dialog asks for the project, the issue type and a summary, offering only the
 * projects the user may create issues in (GET /rest/sandbox/1.0/create/meta), creates the issue
 * (POST /rest/sandbox/1.0/create) and opens it. Errors show next to their field; Escape or Cancel closes the dialog and
 * focus returns to the Create button. The texts are the button's data-text-* attributes.
 */
(function () {
    'use strict';

    var API = '/rest/sandbox/1.0/create';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function element(tag, attributes, text) {
        var made = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            made.setAttribute(name, attributes[name]);
        });
        if (text !== undefined) {
            made.textContent = text;
        }
        return made;
    }

    function field(id, label, control) {
        var group = element('div', { 'class': 'field-group sandbox-create-field' });
        group.appendChild(element('label', { 'for': id }, label));
        control.id = id;
        control.setAttribute('aria-describedby', id + '-error');
        group.appendChild(control);
        group.appendChild(element('span', { 'class': 'error sandbox-create-error', id: id + '-error' }));
        return group;
    }

    function build(button, projects) {
        var text = button.dataset;
        var dialog = element('dialog', { id: 'sandbox-create-dialog', 'class': 'sandbox-create-dialog',
            'aria-labelledby': 'sandbox-create-title' });
        var form = element('form', { 'class': 'aui top-label', novalidate: '' });
        form.appendChild(element('h2', { id: 'sandbox-create-title' }, text.textTitle));
        var summaryError = element('div', { 'class': 'aui-message aui-message-error sandbox-create-summary', role: 'alert' });
        summaryError.hidden = true;
        form.appendChild(summaryError);
        if (projects.length === 0) {
            form.appendChild(element('p', {}, text.textNone));
        }
        var project = element('select', { name: 'project' });
        projects.forEach(function (p) {
            project.appendChild(element('option', { value: p.key }, p.name + ' (' + p.key + ')'));
        });
        var type = element('select', { name: 'issueType' });
        function types() {
            var chosen = projects.filter(function (p) { return p.key === project.value; })[0];
            type.textContent = '';
            (chosen ? chosen.issueTypes : []).forEach(function (t) {
                type.appendChild(element('option', { value: t }, t));
            });
        }
        project.addEventListener('change', types);
        types();
        var summary = element('input', { name: 'summary', type: 'text', maxlength: '255', required: '', autocomplete: 'off' });
        form.appendChild(field('sandbox-create-project', text.textProject, project));
        form.appendChild(field('sandbox-create-type', text.textType, type));
        form.appendChild(field('sandbox-create-summary', text.textSummary, summary));
        var buttons = element('div', { 'class': 'buttons-container sandbox-create-buttons' });
        var submit = element('button', { type: 'submit', 'class': 'aui-button aui-button-primary' }, text.textSubmit);
        var cancel = element('button', { type: 'button', 'class': 'aui-button aui-button-link' }, text.textCancel);
        if (projects.length === 0) {
            submit.disabled = true;
        }
        buttons.appendChild(submit);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        dialog.appendChild(form);
        cancel.addEventListener('click', function () { dialog.close(); });
        dialog.addEventListener('close', function () {
            dialog.remove();
            button.focus({ preventScroll: true });
        });
        // AUI's layer manager prevents the default of every Escape on the page (which keeps a modal dialog open)
        dialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                dialog.close();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            dialog.querySelectorAll('.sandbox-create-error').forEach(function (slot) { slot.textContent = ''; });
            dialog.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
            summaryError.hidden = true;
            submit.disabled = true;
            fetch(contextPath() + API, {
                method: 'POST',
                credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                body: JSON.stringify({ project: project.value, issueType: type.value, summary: summary.value })
            }).then(function (response) {
                return response.json().catch(function () { return null; }).then(function (payload) {
                    if (response.ok && payload && payload.url) {
                        window.location.assign(contextPath() + payload.url);
                        return;
                    }
                    submit.disabled = false;
                    var first = null;
                    ((payload && payload.errors) || [{ message: text.textFailed }]).forEach(function (error) {
                        var input = error.field && form.querySelector('[name="' + error.field + '"]');
                        if (input) {
                            document.getElementById(input.id + '-error').textContent = error.message;
                            input.setAttribute('aria-invalid', 'true');
                            first = first || input;
                        } else {
                            summaryError.textContent = error.message;
                            summaryError.hidden = false;
                        }
                    });
                    (first || summary).focus();
                });
            }, function () {
                submit.disabled = false;
                summaryError.textContent = text.textFailed;
                summaryError.hidden = false;
            });
        });
        return { dialog: dialog, first: projects.length ? project : cancel };
    }

    function open(button) {
        if (document.getElementById('sandbox-create-dialog')) {
            return;
        }
        fetch(contextPath() + API + '/meta', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : { projects: [] }; })
            .catch(function () { return { projects: [] }; })
            .then(function (meta) {
                var made = build(button, meta.projects || []);
                document.body.appendChild(made.dialog);
                made.dialog.showModal();
                made.first.focus();
            });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('#create_link');
        if (button) {
            event.preventDefault();
            open(button);
        }
    });
}());
