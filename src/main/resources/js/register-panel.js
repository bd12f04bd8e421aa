/*
 * Experiment Log: once an experiment's plan is registered, the hypothesis, plan and iteration forms of the experiment
 * panel ask why the plan changes (an iteration's end may be the planned end). The plan section says so (data-asks-reason); this adds the reason field, labelled and with
 * its error slot, to those forms. The panel's script sends it with the form as "deviationReason"; the server
 * refuses a change of the plan without it, naming the field.
 */
(function () {
    'use strict';

    function addReason(section, form, suffix) {
        if (!form || form.querySelector('[name="deviationReason"]')) {
            return;
        }
        var id = 'exlog-deviation-reason-' + suffix;
        var field = document.createElement('p');
        field.className = 'field-group exlog-field';
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = section.dataset.textReason;
        var help = document.createElement('span');
        help.className = 'description exlog-help';
        help.id = id + '-help';
        help.textContent = section.dataset.textReasonHelp;
        var input = document.createElement('textarea');
        input.id = id;
        input.name = 'deviationReason';
        input.rows = 2;
        input.maxLength = 2000;
        input.setAttribute('aria-describedby', id + '-error ' + id + '-help');
        var error = document.createElement('span');
        error.className = 'error exlog-field-error';
        error.id = id + '-error';
        field.appendChild(label);
        field.appendChild(help);
        field.appendChild(input);
        field.appendChild(error);
        var buttons = form.querySelector('.exlog-buttons');
        form.insertBefore(field, buttons);
    }

    function init() {
        var section = document.querySelector('.exlog-register-panel[data-asks-reason="true"]');
        if (!section) {
            return;
        }
        addReason(section, document.querySelector('form[data-api$="/hypothesis"]'), 'hypothesis');
        addReason(section, document.querySelector('form[data-api$="/plan"]'), 'plan');
        // an iteration's end date may be the registered planned end: moving it is a change of the plan too
        document.querySelectorAll('dialog[id^="exlog-iteration-edit-"] form').forEach(function (form) {
            addReason(section, form, form.closest('dialog').id.replace('exlog-iteration-edit-', 'iteration-'));
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
