/*
 * Experiment Log: the digests on the administration page. Shows the last run, sends the digests now, keeps the
 * departments whose members follow them by default, and lists how many people follow what (never who).
 */
(function () {
    'use strict';

    function send(method, path, body) {
        return fetch(window.ExperimentLogForms.api(path), {
            method: method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    function fill(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (all, index) {
            return values[Number(index)] === undefined ? all : values[Number(index)];
        });
    }

    function when(iso) {
        return iso ? new Date(iso).toLocaleString(document.documentElement.lang || undefined) : '';
    }

    function init(section) {
        var text = section.dataset;
        var last = document.getElementById('exlog-digests-last');
        var status = document.getElementById('exlog-digests-status');
        var counts = document.getElementById('exlog-digests-counts');

        function showRun(run) {
            last.textContent = run ? fill(text.textLast, [when(run.finishedAt || run.startedAt), run.mails,
                run.recipients, run.inDoubt]) : text.textNever;
        }

        function cell(row, value) {
            var td = document.createElement('td');
            td.textContent = value;
            row.appendChild(td);
        }

        function load() {
            send('GET', '/admin/digests').then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (payload) {
                if (!payload) {
                    return;
                }
                showRun(payload.lastRun);
                section.querySelectorAll('.exlog-digests-default').forEach(function (box) {
                    box.checked = payload.defaultDepartments.indexOf(Number(box.dataset.department)) >= 0;
                });
                counts.textContent = '';
                if (payload.followerCounts.length === 0) {
                    var row = document.createElement('tr');
                    var td = document.createElement('td');
                    td.colSpan = 4;
                    td.textContent = text.textNoFollowers;
                    row.appendChild(td);
                    counts.appendChild(row);
                }
                payload.followerCounts.forEach(function (count) {
                    var row = document.createElement('tr');
                    cell(row, count.name);
                    cell(row, text['textKind' + count.kind.charAt(0).toUpperCase() + count.kind.slice(1)] || count.kind);
                    cell(row, String(count.ownChoice));
                    cell(row, String(count.byDefault));
                    counts.appendChild(row);
                });
            });
        }

        document.getElementById('exlog-digests-run').addEventListener('click', function (event) {
            var button = event.currentTarget;
            button.disabled = true;
            status.textContent = text.textSending;
            send('POST', '/admin/digests/run').then(function (response) {
                return response.json().catch(function () { return null; }).then(function (payload) {
                    button.disabled = false;
                    if (!response.ok) {
                        var errors = (payload && payload.errors) || [];
                        status.textContent = errors.length ? errors[0].message : text.textFailed;
                        return;
                    }
                    status.textContent = fill(text.textSent, [payload.mails, payload.recipients]);
                    load();
                });
            }, function () {
                button.disabled = false;
                status.textContent = text.textFailed;
            });
        });

        section.querySelectorAll('.exlog-digests-default').forEach(function (box) {
            box.addEventListener('change', function () {
                send('PUT', '/admin/digests/defaults/' + box.dataset.department, { followByDefault: box.checked })
                    .then(function (response) {
                        status.textContent = response.ok ? text.textDefaultSaved : text.textFailed;
                        if (response.ok) {
                            load();
                        }
                    });
            });
        });
        load();
    }

    function start() {
        var section = document.getElementById('exlog-admin-digests');
        if (section) {
            init(section);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
