/*
 * Experiment Log: tag suggestions, an ARIA 1.2 combobox on every input with data-suggest="tags" (the learning library's
 * tag filter, the panel's learning dialog). Typing asks the REST API for tags that start with the word being typed (after
 * the last comma when data-multiple is set); Down and Up move through the suggestions, Enter takes one, Escape closes
 * the list. The input's aria-controls names its listbox. Without this script the field is a plain text field.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    function attach(input) {
        var list = document.getElementById(input.getAttribute('aria-controls'));
        if (!list || input.dataset.suggestReady) {
            return;
        }
        input.dataset.suggestReady = 'true';
        var multiple = input.hasAttribute('data-multiple');
        var active = -1;
        var asked = 0;

        function options() {
            return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var all = options();
            if (all.length === 0) {
                return;
            }
            active = (index + all.length) % all.length;
            all.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', all[active].id);
        }

        function typedWord() {
            return multiple ? input.value.split(',').pop().trim() : input.value.trim();
        }

        function choose(option) {
            if (multiple) {
                var parts = input.value.split(',');
                parts[parts.length - 1] = (parts.length > 1 ? ' ' : '') + option.textContent;
                input.value = parts.join(',');
            } else {
                input.value = option.textContent;
            }
            close();
        }

        function show(tags) {
            list.textContent = '';
            tags.forEach(function (tag, i) {
                var option = document.createElement('li');
                option.id = list.id + '-option-' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.textContent = tag;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(option);
                });
                list.appendChild(option);
            });
            if (tags.length === 0) {
                close();
                return;
            }
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            active = -1;
        }

        input.addEventListener('input', function () {
            var ask = ++asked;
            var prefix = typedWord();
            if (prefix === '') {
                close();
                return;
            }
            fetch(forms.api('/learnings/tags?prefix=' + encodeURIComponent(prefix)),
                { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) {
                    return response.ok ? response.json() : { tags: [] };
                })
                .then(function (body) {
                    if (ask === asked) {
                        show(body.tags || []);
                    }
                })
                .catch(close);
        });

        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                if (!list.hidden) {
                    event.preventDefault();
                    highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
                }
            } else if (event.key === 'Enter') {
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    choose(options()[active]);
                }
            } else if (event.key === 'Escape') {
                if (!list.hidden) {
                    event.stopPropagation();
                    event.preventDefault();
                }
                close();
            }
        });

        input.addEventListener('blur', close);
    }

    function init() {
        document.querySelectorAll('input[data-suggest="tags"]').forEach(attach);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
