/*
 * Experiment Log: following. The personal page's forms (digest settings, follow a department, outcome, tag or
 * project, stop following) and the Follow buttons on the outcome, library, failures and retrospective pages. A Follow
 * button reads what to follow from the page (a fixed value, or the filter it stands next to), asks whether the reader
 * follows it, and follows or stops on click; its live region says what happened.
 */
(function () {
    'use strict';

    function texts(element) {
        return element.dataset;
    }

    function send(method, path, body) {
        return fetch(window.ExperimentLogForms.api(path), {
            method: method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    function format(pattern, name) {
        return pattern.replace('{0}', name);
    }

    /** What a Follow control stands for now: {kind, value, name}, or null when nothing to follow is chosen. */
    function target(control) {
        var kind = control.dataset.kind;
        if (control.dataset.kindSource) {
            var scope = document.getElementById(control.dataset.kindSource);
            kind = scope ? scope.value : '';
        }
        if (['department', 'outcome', 'tag', 'project'].indexOf(kind) < 0) {
            return null;
        }
        var value = control.dataset.value;
        var name = control.dataset.name;
        var sourceId = control.dataset.source || (control.dataset.sourcePrefix ? control.dataset.sourcePrefix + kind : '');
        if (sourceId) {
            var source = document.getElementById(sourceId);
            if (!source) {
                return null;
            }
            value = source.value.trim();
            name = source.tagName === 'SELECT' && source.selectedIndex >= 0
                ? source.options[source.selectedIndex].text.trim() : value;
        }
        return value ? { kind: kind, value: value, name: name } : null;
    }

    function initFollow(control) {
        var button = control.querySelector('button');
        var status = control.querySelector('.exlog-follow-status');
        var current = null;
        var following = false;

        function show() {
            button.textContent = format(following ? control.dataset.textFollowing : control.dataset.textFollow,
                current.name);
        }

        function refresh() {
            current = target(control);
            if (!current) {
                button.hidden = true;
                return;
            }
            var asked = current;
            send('GET', '/following/status?kind=' + encodeURIComponent(asked.kind) + '&value='
                + encodeURIComponent(asked.value)).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (payload) {
                if (asked !== current) {
                    return;
                }
                if (!payload) {
                    button.hidden = true;
                    return;
                }
                following = payload.following;
                button.hidden = false;
                show();
            }, function () {
                button.hidden = true;
            });
        }

        button.addEventListener('click', function () {
            if (!current) {
                return;
            }
            var request = following
                ? send('DELETE', '/following?kind=' + encodeURIComponent(current.kind) + '&value='
                    + encodeURIComponent(current.value))
                : send('POST', '/following', { kind: current.kind, value: current.value });
            button.disabled = true;
            request.then(function (response) {
                button.disabled = false;
                if (!response.ok) {
                    return response.json().catch(function () { return null; }).then(function (payload) {
                        var errors = (payload && payload.errors) || [];
                        status.textContent = errors.length ? errors[0].message : control.dataset.textFailed;
                    });
                }
                following = !following;
                show();
                status.textContent = format(following ? control.dataset.textNowFollowing : control.dataset.textStopped,
                    current.name);
                return null;
            }, function () {
                button.disabled = false;
                status.textContent = control.dataset.textFailed;
            });
        });
        ['source', 'kindSource'].forEach(function (key) {
            var id = control.dataset[key];
            var element = id && document.getElementById(id);
            if (element) {
                element.addEventListener('change', refresh);
            }
        });
        if (control.dataset.sourcePrefix) {
            ['project', 'department', 'outcome'].forEach(function (kind) {
                var element = document.getElementById(control.dataset.sourcePrefix + kind);
                if (element) {
                    element.addEventListener('change', refresh);
                }
            });
        }
        refresh();
    }

    function initPage(page) {
        var forms = window.ExperimentLogForms;
        var announce = forms.announcer('#exlog-following .exlog-status');
        var text = texts(page);
        forms.handle('exlog-following-preferences', function (form) {
            var body = forms.json(form);
            if (!body.language) {
                body.language = null;
            }
            return {
                method: 'PUT', url: forms.api('/following/preferences'), body: body, texts: text, announce: announce,
                saved: function () { announce(text.textSaved); }
            };
        });
        forms.handle('exlog-following-add', function (form) {
            var body = forms.json(form);
            body.kind = form.dataset.kind;
            return {
                method: 'POST', url: forms.api('/following'), body: body, texts: text, announce: announce,
                saved: function () { window.location.reload(); }
            };
        });
        page.querySelectorAll('.exlog-unfollow').forEach(function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                send('DELETE', '/following?kind=' + encodeURIComponent(button.dataset.kind) + '&value='
                    + encodeURIComponent(button.dataset.value)).then(function (response) {
                    if (response.ok) {
                        var row = button.closest('tr');
                        announce(text.textStopped);
                        row.parentNode.removeChild(row);
                        var heading = document.getElementById('exlog-following-list');
                        if (heading) {
                            heading.setAttribute('tabindex', '-1');
                            heading.focus();
                        }
                    } else {
                        button.disabled = false;
                        announce(text.textFailed);
                    }
                }, function () {
                    button.disabled = false;
                    announce(text.textNetwork);
                });
            });
        });
    }

    function init() {
        document.querySelectorAll('.exlog-follow').forEach(initFollow);
        var page = document.getElementById('exlog-following');
        if (page) {
            initPage(page);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
