/*
 * Experiment Log: the failures-shared pages' wiring. The share form and the "applied in" form are read, sent and
 * answered by the form library (forms.js); sharing with everyone sends no departments. "This helped me" is a toggle
 * button (aria-pressed) that updates in place, so keyboard focus stays on it.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    function page() {
        return document.querySelector('.exlog-failure-page');
    }

    forms.handle('exlog-failure-share-form', function (form) {
        return {
            url: form.dataset.api,
            // the same form edits a stored story (PUT with its version) or shares a new one
            method: form.dataset.method || 'POST',
            adjust: function (json) {
                json.audience = json.audience || { everyone: true };
                if (json.audience.everyone !== false) {
                    json.audience.everyone = true;
                    json.audience.departments = [];
                }
                json.audience.departments = json.audience.departments || [];
                json.factors = json.factors || [];
                return json;
            },
            saved: function (story) {
                // after an edit, focus returns to the story's Edit button, which opened the form
                var editing = (form.dataset.method || 'POST') === 'PUT';
                forms.reloadWithFlag(forms.texts(form).textSaved, null, form.dataset.base + '/' + story.id,
                    editing ? '#exlog-story-edit' : null);
            }
        };
    });

    forms.handle('exlog-failure-applied-form', function () {
        return { url: page().dataset.api + '/applied', method: 'POST' };
    });

    function helpedText(main, count) {
        if (count === 0) {
            return main.dataset.textHelpedNone;
        }
        return count === 1 ? main.dataset.textHelpedOne : main.dataset.textHelpedMany.replace('{0}', String(count));
    }

    function toggleHelped(button) {
        var main = page();
        var pressed = button.getAttribute('aria-pressed') === 'true';
        var error = document.getElementById('exlog-helped-error');
        error.textContent = '';
        button.disabled = true;
        fetch(main.dataset.api + '/helpful', {
            method: pressed ? 'DELETE' : 'POST',
            credentials: 'same-origin',
            // no body, so no JSON content type: Jira's XSRF check then asks for this header, as for any bodiless change
            headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
        }).then(function (response) {
            button.disabled = false;
            if (!response.ok) {
                error.textContent = main.dataset.textFailed;
                button.focus();
                return;
            }
            var count = Number(button.dataset.count) + (pressed ? -1 : 1);
            button.dataset.count = String(count);
            button.setAttribute('aria-pressed', pressed ? 'false' : 'true');
            document.getElementById('exlog-helped-count').textContent = helpedText(main, count);
            button.focus();
        }, function () {
            button.disabled = false;
            error.textContent = main.dataset.textNetwork;
            button.focus();
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('#exlog-helped');
        if (button) {
            toggleHelped(button);
        }
    });
}());
