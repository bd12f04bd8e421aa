/*
 * Experiment Log: the failures-shared pages. The share form and the "applied in" form are sent to the REST API as
 * JSON; errors are shown next to their field and nothing typed is lost; "this helped me" is a toggle button
 * (aria-pressed) that updates in place, so keyboard focus stays on it.
 */
(function () {
    'use strict';

    var JSON_HEADERS = { 'Content-Type': 'application/json', 'Accept': 'application/json' };

    function page() {
        return document.querySelector('.exlog-failure-page');
    }

    function text(value) {
        var trimmed = value.trim();
        return trimmed === '' ? null : trimmed;
    }

    function storyBody(form) {
        var json = {
            title: text(form.elements.title.value),
            whatWeTried: text(form.elements.whatWeTried.value),
            whatHappened: text(form.elements.whatHappened.value),
            whatWeLearned: text(form.elements.whatWeLearned.value),
            whatWeWillDoDifferently: text(form.elements.whatWeWillDoDifferently.value),
            otherFactors: text(form.elements.otherFactors.value),
            impact: form.elements.impact.value,
            experimentIssueKey: text(form.elements.experimentIssueKey.value),
            iterationId: form.elements.iterationId.value ? Number(form.elements.iterationId.value) : null,
            anonymous: form.elements.anonymous ? form.elements.anonymous.checked : false,
            factors: [],
            audience: { everyone: true, departments: [] }
        };
        form.querySelectorAll('input[name="factors"]:checked').forEach(function (box) {
            json.factors.push(box.value);
        });
        var choice = form.querySelector('input[name="audienceChoice"]:checked');
        if (choice && choice.value === 'departments') {
            json.audience.everyone = false;
            form.querySelectorAll('input[name="departments"]:checked').forEach(function (box) {
                json.audience.departments.push(Number(box.value));
            });
        }
        return json;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error, .exlog-form-error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    }

    /** The error slot of a field the API names: "audience.departments" is the audience's, "iteration" the link's. */
    function slotFor(form, prefix, field) {
        if (!field) {
            return null;
        }
        var name = field.split('.')[0].replace(/\[\d+\]$/, '');
        if (name === 'iteration') {
            name = 'iterationId';
        }
        return form.querySelector('#' + prefix + name + '-error');
    }

    function showErrors(form, prefix, payload) {
        var summary = form.querySelector('.exlog-form-error');
        var errors = (payload && payload.errors) || [];
        var first = null;
        errors.forEach(function (error) {
            var slot = slotFor(form, prefix, error.field);
            if (slot) {
                slot.textContent = error.message;
                var input = form.querySelector('#' + slot.id.replace(/-error$/, ''))
                    || slot.closest('fieldset') && slot.closest('fieldset').querySelector('input');
                if (input && input.type !== 'hidden') {
                    input.setAttribute('aria-invalid', 'true');
                    first = first || input;
                }
            } else {
                summary.textContent = (summary.textContent ? summary.textContent + ' ' : '') + error.message;
            }
        });
        if (!summary.textContent && !first) {
            summary.textContent = page().dataset.textFailed;
        }
        if (first) {
            first.focus();
        } else {
            summary.focus();
        }
    }

    function send(url, method, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: JSON_HEADERS,
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    function submitForm(form, url, body, prefix, onSuccess) {
        var button = form.querySelector('button[type="submit"]');
        clearErrors(form);
        button.disabled = true;
        send(url, 'POST', body).then(function (response) {
            if (response.ok) {
                return response.json().catch(function () { return null; }).then(onSuccess);
            }
            return response.json().catch(function () { return null; }).then(function (payload) {
                button.disabled = false;
                showErrors(form, prefix, payload);
            });
        }, function () {
            button.disabled = false;
            var summary = form.querySelector('.exlog-form-error');
            summary.textContent = page().dataset.textNetwork;
            summary.focus();
        });
    }

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
        send(main.dataset.api + '/helpful', pressed ? 'DELETE' : 'POST').then(function (response) {
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

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.id === 'exlog-share-form') {
            event.preventDefault();
            submitForm(form, form.dataset.api, storyBody(form), 'exlog-share-', function (story) {
                window.location.assign(form.dataset.base + '/' + story.id);
            });
        } else if (form.id === 'exlog-applied-form') {
            event.preventDefault();
            submitForm(form, page().dataset.api + '/applied', {
                issueKey: text(form.elements.issueKey.value),
                note: text(form.elements.note.value)
            }, 'exlog-applied-', function () {
                window.location.reload();
            });
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest('#exlog-helped');
        if (button) {
            toggleHelped(button);
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.exlog-failure-page .exlog-form-error').forEach(function (summary) {
            summary.setAttribute('tabindex', '-1');
        });
    });
}());
