/*
 * Experiment Log: the issue panel's History. Opening it reads the experiment's audited changes from the REST API,
 * 20 at a time, newest first, each summary already in the reader's language; "Show more" reads the next page. Every
 * text is set as text, never as markup.
 */
(function () {
    'use strict';

    var PAGE = 20;

    function when(iso) {
        var date = new Date(iso);
        var lang = document.documentElement.lang || 'en';
        try {
            return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
        } catch (e) {
            return date.toISOString();
        }
    }

    function entry(texts, change) {
        var item = document.createElement('li');
        var time = document.createElement('time');
        time.dateTime = change.at;
        time.textContent = when(change.at);
        var who = document.createElement('span');
        who.className = 'exlog-history-actor';
        who.textContent = change.actor === '(anonymous)' ? texts.textAnonymous : (change.actorName || change.actor);
        var what = document.createElement('span');
        what.className = 'exlog-history-summary';
        what.textContent = change.summary;
        if (!change.summaryKey) {
            what.lang = 'en'; // stored before summaries had keys: the English sentence as it was written
        }
        item.appendChild(time);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(who);
        item.appendChild(document.createTextNode(': '));
        item.appendChild(what);
        return item;
    }

    function load(history, startAt) {
        var forms = window.ExperimentLogForms;
        var texts = history.dataset;
        var list = history.querySelector('.exlog-history-list');
        var status = history.querySelector('.exlog-history-status');
        var more = history.querySelector('.exlog-history-more');
        more.hidden = true;
        status.textContent = texts.textLoading;
        var path = history.dataset.api + '?startAt=' + startAt + '&maxResults=' + PAGE;
        fetch(forms ? forms.api(path) : path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            })
            .then(function (page) {
                page.values.forEach(function (change) {
                    list.appendChild(entry(texts, change));
                });
                status.textContent = page.total === 0 ? texts.textEmpty : '';
                history.dataset.next = String(page.startAt + page.values.length);
                more.hidden = page.isLast;
            })
            .catch(function () {
                status.textContent = texts.textFailed;
                more.hidden = false;
            });
    }

    document.addEventListener('toggle', function (event) {
        var history = event.target;
        if (!history.classList || !history.classList.contains('exlog-history') || !history.open
            || history.dataset.loaded) {
            return;
        }
        history.dataset.loaded = 'true';
        load(history, 0);
    }, true);

    document.addEventListener('click', function (event) {
        var more = event.target.closest && event.target.closest('.exlog-history-more');
        if (!more) {
            return;
        }
        var history = more.closest('.exlog-history');
        load(history, Number(history.dataset.next || 0));
    });
}());
