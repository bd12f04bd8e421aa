/*
 * Experiment Log: the learning library's tag field, an ARIA 1.2 combobox. Typing asks the REST API for tags that
 * start with the text; Down and Up move through the suggestions, Enter takes one, Escape closes the list. The form
 * works without this script: the field is then a plain text field.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function init() {
        var input = document.getElementById('exlog-library-tag');
        var list = document.getElementById('exlog-library-tag-options');
        if (!input || !list) {
            return;
        }
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

        function choose(option) {
            input.value = option.textContent;
            close();
        }

        function show(tags) {
            list.textContent = '';
            tags.forEach(function (tag, i) {
                var option = document.createElement('li');
                option.id = 'exlog-library-tag-option-' + i;
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
            var prefix = input.value.trim();
            if (prefix === '') {
                close();
                return;
            }
            fetch(contextPath() + '/rest/experiment-log/1.0/learnings/tags?prefix=' + encodeURIComponent(prefix),
                {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (response) {
                    return response.ok ? response.json() : {tags: []};
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
                close();
            }
        });

        input.addEventListener('blur', close);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
