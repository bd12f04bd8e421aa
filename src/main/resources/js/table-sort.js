/*
 * Experiment Log: sortable tables. A table with data-exlog-sortable gets a button in every column heading marked
 * data-sort ("text" or "number"); the button sorts the rows by that column, and a second press reverses the order.
 * The heading says how the table is sorted with aria-sort (ascending or descending), as WAI-ARIA's sortable table
 * pattern asks, so a screen reader announces it; a heading may carry aria-sort from the server to say how the rows
 * arrive. A cell sorts by its data-sort-value when it has one (an ISO day, a plain number), else by the datetime of a
 * <time> in it, else by its text. The caption is told, for screen readers, which columns can be sorted
 * (data-text-sortable). Without JavaScript the table stays as the server ordered it.
 */
(function () {
    'use strict';
    if (window.ExperimentLogTableSort) {
        return;
    }

    function key(cell, type) {
        var raw;
        if (cell.hasAttribute('data-sort-value')) {
            raw = cell.getAttribute('data-sort-value');
        } else if (cell.querySelector('time[datetime]')) {
            raw = cell.querySelector('time[datetime]').getAttribute('datetime');
        } else {
            raw = cell.textContent.trim();
        }
        if (type === 'number') {
            var number = parseFloat(raw);
            return isNaN(number) ? Number.NEGATIVE_INFINITY : number;
        }
        return raw;
    }

    function sort(table, column, direction) {
        var heading = table.tHead.rows[0].cells[column];
        var type = heading.getAttribute('data-sort');
        var lang = document.documentElement.lang || undefined;
        Array.prototype.forEach.call(table.tBodies, function (body) {
            var rows = Array.prototype.map.call(body.rows, function (row, index) {
                return { row: row, index: index, key: key(row.cells[column], type) };
            });
            rows.sort(function (a, b) {
                var order = type === 'number' ? a.key - b.key
                    : a.key.localeCompare(b.key, lang, { numeric: true, sensitivity: 'base' });
                // equal keys keep their order, so sorting twice by one column is stable
                return (direction === 'descending' ? -order : order) || a.index - b.index;
            });
            rows.forEach(function (entry) {
                body.appendChild(entry.row);
            });
        });
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
            if (cell === heading) {
                cell.setAttribute('aria-sort', direction);
            } else if (cell.hasAttribute('aria-sort')) {
                cell.removeAttribute('aria-sort');
            }
        });
    }

    function enhance(table) {
        if (table.hasAttribute('data-exlog-sort-ready') || !table.tHead || !table.tHead.rows.length) {
            return;
        }
        table.setAttribute('data-exlog-sort-ready', 'true');
        var headings = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(headings, function (heading, column) {
            if (!heading.hasAttribute('data-sort')) {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'exlog-sort-button';
            while (heading.firstChild) {
                button.appendChild(heading.firstChild);
            }
            var icon = document.createElement('span');
            icon.className = 'exlog-sort-icon';
            icon.setAttribute('aria-hidden', 'true');
            button.appendChild(icon);
            heading.appendChild(button);
            button.addEventListener('click', function () {
                var next = heading.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
                sort(table, column, next);
            });
        });
        var caption = table.caption;
        var hint = table.getAttribute('data-text-sortable');
        if (caption && hint) {
            var span = document.createElement('span');
            span.className = 'exlog-visually-hidden';
            span.textContent = ' ' + hint;
            caption.appendChild(span);
        }
    }

    function init() {
        document.querySelectorAll('table[data-exlog-sortable]').forEach(enhance);
    }

    window.ExperimentLogTableSort = { enhance: enhance, sort: sort };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
