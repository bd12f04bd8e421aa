/*
 * Experiment Log: suggestions while typing, an ARIA 1.2 combobox on every input with data-suggest:
 *   tags   the app's tags (the learning library's filter, the panel's learning dialog), /learnings/tags;
 *   user   people, from Jira's user picker (/rest/api/2/user/picker): shows the display name, fills in the user name;
 *   group  groups, from Jira's group picker (/rest/api/2/groups/picker).
 * Typing asks for what starts with the word being typed (after the last comma when data-multiple is set); Down and Up
 * move through the suggestions, Enter takes one, Escape closes the list. The input's aria-controls names its listbox.
 * Without this script the field is a plain text field, and the server still checks what was typed.
 */
(function () {
    'use strict';

    var forms = window.ExperimentLogForms;

    /** Where each kind of suggestion comes from, and how its answer becomes options ({label, value}). */
    var SOURCES = {
        tags: {
            url: function (prefix) { return forms.api('/learnings/tags?prefix=' + encodeURIComponent(prefix)); },
            items: function (body) {
                return (body.tags || []).map(function (tag) { return { label: tag, value: tag }; });
            }
        },
        user: {
            url: function (prefix) {
                return forms.contextPath() + '/rest/api/2/user/picker?maxResults=10&query=' + encodeURIComponent(prefix);
            },
            items: function (body) {
                return (body.users || []).map(function (user) {
                    return { label: user.displayName + ' (' + user.name + ')', value: user.name };
                });
            }
        },
        group: {
            url: function (prefix) {
                return forms.contextPath() + '/rest/api/2/groups/picker?maxResults=10&query=' + encodeURIComponent(prefix);
            },
            items: function (body) {
                return (body.groups || []).map(function (group) { return { label: group.name, value: group.name }; });
            }
        }
    };

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
            var value = option.dataset.value;
            if (multiple) {
                var parts = input.value.split(',');
                parts[parts.length - 1] = (parts.length > 1 ? ' ' : '') + value;
                input.value = parts.join(',');
            } else {
                input.value = value;
            }
            close();
        }

        function show(found) {
            // a later answer keeps the highlighted suggestion if it is still offered
            var kept = active >= 0 && options()[active] ? options()[active].dataset.value : null;
            list.textContent = '';
            found.forEach(function (item, i) {
                var option = document.createElement('li');
                option.id = list.id + '-option-' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.value = item.value;
                option.textContent = item.label;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(option);
                });
                list.appendChild(option);
            });
            if (found.length === 0) {
                close();
                return;
            }
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            active = -1;
            input.removeAttribute('aria-activedescendant');
            found.forEach(function (item, i) {
                if (item.value === kept) {
                    highlight(i);
                }
            });
        }

        input.addEventListener('input', function () {
            var ask = ++asked;
            var prefix = typedWord();
            if (prefix === '') {
                close();
                return;
            }
            var source = SOURCES[input.dataset.suggest];
            fetch(source.url(prefix), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) {
                    return response.ok ? response.json() : {};
                })
                .then(function (body) {
                    if (ask === asked) {
                        show(source.items(body || {}));
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
        document.querySelectorAll('input[data-suggest]').forEach(function (input) {
            if (SOURCES[input.dataset.suggest]) {
                attach(input);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
