/*
 * Experiment Log: the one form library. Every form of the app (the issue panel's dialogs, failures shared, the
 * library, outcomes, retrospectives, administration) is read, sent and answered here; a page script only wires its
 * page (which class of form, what to do after a save). docs/architecture.md ("Front end") describes the API.
 *
 * Reading: every named, enabled field of the form, outside any element with the hidden attribute, by the type it
 * declares in data-type:
 *   (none)        trimmed text; empty leaves the field out. A checkbox is true/false, a radio group its chosen value.
 *   number        a decimal number as the reader writes it (English 1,250.5, Dutch 1.250,5) or plain digits, sent
 *   integer       exactly as typed (never through a binary double); integer refuses a fraction. What cannot be read
 *                 in the reader's format is refused next to the field, quoting what was typed, and nothing is sent.
 *                 Machine values (hidden fields, select options) are read as plain JSON numbers.
 *   boolean       "true" is true, anything else false (hidden fields, selects, radio groups).
 *   list          checkboxes of one name: the array of the checked values (always sent, [] when none).
 *   integer-list  the same, as numbers.
 *   tags          comma-separated words: an array of the trimmed, non-empty words.
 *   json          a JSON literal written by the template (a fixed value such as {"everyone":true}).
 * A name "a.b" becomes {"a": {"b": ...}}. An element data-list="name" holds items (data-list-item), each an object in
 * the array "name"; an item whose fields are all empty is left out unless it has data-keep; an item whose checkbox
 * with data-include is not checked is left out, and so is an item whose checkbox with data-exclude ("Remove") is checked.
 *
 * Errors: the REST error body {"errors":[{"field":..,"message":..}]} is shown next to each field it names (the field of
 * that name, a field declaring the name in data-error-for, the item of a list "actions[1].text" in the order sent, or
 * the field whose name ends in the last part), with aria-invalid, the field's error slot (#<id>-error, or the
 * .exlog-field-error of its field group or fieldset) and focus on the first field in error; what no field shows goes to
 * the form's summary (.exlog-form-error). A 409 offers to reload. Nothing typed is lost when a save fails.
 *
 * Success: a flag (AUI's, when the page has AUI) says it was saved, and focus returns to the control that opened the
 * form without the page jumping, also across the reload that shows what was stored.
 *
 * Texts come from the closest element with data-text-saving: data-text-saving, -saved, -failed, -network, -conflict,
 * -reload, -number ("{0}" typed, {1} example), -integer, -number-example, -integer-example.
 */
(function () {
    'use strict';

    var FLAG_KEY = 'exlog-flag';
    var NUMBER_TOKEN = '\u0000exlog-number:';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** The URL of a path of the app's REST API. */
    function api(path) {
        return contextPath() + '/rest/experiment-log/1.0' + path;
    }

    /** The page's texts for a form: the data-text-* attributes of the closest element that has them. */
    function texts(element) {
        var holder = element && element.closest('[data-text-saving]');
        return holder ? holder.dataset : {};
    }

    function format(pattern, args) {
        return String(pattern || '').replace(/\{(\d+)\}/g, function (all, index) {
            return args[Number(index)] === undefined ? all : args[Number(index)];
        });
    }

    /* ---------------------------------------------------------------- numbers in the reader's format */

    /** The reader's language: the page's lang attribute (Jira writes the user's language there). */
    function language() {
        return document.documentElement.lang || 'en';
    }

    /** The group and decimal separators of a language, as the browser's Intl formats them. */
    function separators(lang) {
        var group = ',';
        var decimal = '.';
        try {
            new Intl.NumberFormat(lang || language()).formatToParts(12345.6).forEach(function (part) {
                if (part.type === 'group') {
                    group = part.value;
                } else if (part.type === 'decimal') {
                    decimal = part.value;
                }
            });
        } catch (ignored) {
            // an unknown language: English separators
        }
        return { group: group, decimal: decimal };
    }

    function escapeRegExp(text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }

    /**
     * Reads a number typed in the reader's format: plain digits, digits with one decimal separator, or digits grouped in
     * threes by the group separator with an optional decimal part; a sign in front. Returns the number as exact JSON
     * text ("1250.5"), or null when the text cannot be read unambiguously in this format (a separator of another
     * format, groups not of three, two decimal separators, letters). integer refuses a decimal part.
     */
    function parseNumber(raw, integer, lang) {
        var text = String(raw).trim().replace(/\u2212/g, '-');
        var sep = separators(lang);
        var group = escapeRegExp(sep.group);
        if (/\s/.test(sep.group)) {
            group = '[\\s\\u00a0\\u202f]';
        }
        var decimal = escapeRegExp(sep.decimal);
        var pattern = new RegExp('^([+-]?)(\\d+|\\d{1,3}(?:' + group + '\\d{3})+)?(?:' + decimal + '(\\d+))?$');
        var match = pattern.exec(text);
        if (!match || (match[2] === undefined && match[3] === undefined) || (integer && match[3] !== undefined)) {
            return null;
        }
        var whole = (match[2] || '0').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
        var json = (match[1] === '-' ? '-' : '') + whole + (match[3] !== undefined ? '.' + match[3] : '');
        return Number.isFinite(Number(json)) ? json : null;
    }

    /** An example of the reader's format: 1,250.5 in English, 1.250,5 in Dutch. */
    function example(integer, lang) {
        var sep = separators(lang);
        return '1' + sep.group + '250' + (integer ? '' : sep.decimal + '5');
    }

    /** A number to send exactly: JSON.stringify writes it as a token that send() replaces by the bare number text. */
    function Exact(json) {
        this.json = json;
    }
    Exact.prototype.toJSON = function () {
        return NUMBER_TOKEN + this.json;
    };

    function stringify(body) {
        return JSON.stringify(body).replace(/"\\u0000exlog-number:(-?\d+(?:\.\d+)?)"/g, '$1');
    }

    /* ---------------------------------------------------------------- reading a form */

    function typed(input) {
        return input.type !== 'hidden' && input.tagName !== 'SELECT' && input.type !== 'radio'
            && input.type !== 'checkbox';
    }

    /** Whether a field is sent: named, enabled, not a button, not inside a hidden part of the form. */
    function sendable(form, input) {
        if (!input.name || input.disabled || /^(submit|button|reset|fieldset)$/.test(input.type || '')
            || input.tagName === 'FIELDSET' || input.tagName === 'BUTTON' || input.tagName === 'OUTPUT') {
            return false;
        }
        var hidden = input.closest('[hidden]');
        return !hidden || !form.contains(hidden);
    }

    /**
     * One field's value: {value} to send, {skip: true} to leave it out, or {invalid: message} for a number that
     * cannot be read.
     */
    function read(input) {
        var type = input.dataset.type || '';
        if (input.type === 'checkbox' && (type === 'list' || type === 'integer-list')) {
            return { list: true, value: input.checked ? (type === 'integer-list' ? Number(input.value) : input.value) : undefined };
        }
        if (input.type === 'checkbox' && input.hasAttribute('data-include')) {
            return { value: type === 'integer' || type === 'number' ? Number(input.value) : input.value };
        }
        if (input.type === 'checkbox') {
            return { value: input.checked };
        }
        if (input.type === 'radio') {
            if (!input.checked) {
                return { skip: true };
            }
            return { value: type === 'boolean' ? input.value === 'true' : type === 'integer' || type === 'number' ? Number(input.value) : input.value };
        }
        var raw = input.value.trim();
        if (type === 'tags') {
            return { value: raw.split(',').map(function (tag) { return tag.trim(); }).filter(Boolean) };
        }
        if (raw === '') {
            return { skip: true };
        }
        if (type === 'boolean') {
            return { value: raw === 'true' };
        }
        if (type === 'json') {
            return { value: JSON.parse(raw) };
        }
        if (type === 'number' || type === 'integer') {
            var integer = type === 'integer';
            if (!typed(input)) {
                return { value: new Exact(String(Number(raw))) };
            }
            var exact = parseNumber(raw, integer);
            if (exact === null) {
                var text = texts(input);
                return { invalid: format(integer ? text.textInteger : text.textNumber, [raw, example(integer)]) };
            }
            return { value: new Exact(exact) };
        }
        return { value: raw };
    }

    function put(target, name, value) {
        var path = name.split('.');
        var node = target;
        for (var i = 0; i < path.length - 1; i++) {
            node[path[i]] = node[path[i]] || {};
            node = node[path[i]];
        }
        node[path[path.length - 1]] = value;
    }

    function ownItem(form, input) {
        var item = input.closest('[data-list-item]');
        return item && form.contains(item) ? item : null;
    }

    /** Reads the fields of a scope (the form, or one list item) into an object; invalid numbers go to problems. */
    function readFields(form, inputs, problems) {
        var result = {};
        var any = false;
        inputs.forEach(function (input) {
            var got = read(input);
            if (got.invalid) {
                problems.push({ input: input, message: got.invalid });
                return;
            }
            if (got.list) {
                var path = input.name.split('.');
                var node = result;
                for (var i = 0; i < path.length - 1; i++) {
                    node[path[i]] = node[path[i]] || {};
                    node = node[path[i]];
                }
                var last = path[path.length - 1];
                node[last] = node[last] || [];
                if (got.value !== undefined) {
                    node[last].push(got.value);
                    any = true;
                }
                return;
            }
            if (got.skip) {
                return;
            }
            if (input.type !== 'hidden' && input.type !== 'checkbox' && !(Array.isArray(got.value) && got.value.length === 0)) {
                any = true;
            }
            if (input.type === 'checkbox' && got.value && !input.hasAttribute('data-include')) {
                any = true;
            }
            put(result, input.name, got.value);
        });
        return { json: result, any: any };
    }

    /**
     * Reads a form as JSON. Returns {json, items, problems}: items maps each list name to the item elements sent, in
     * order (for errors such as "actions[1].text"); problems lists the fields that could not be read.
     */
    function readForm(form) {
        var problems = [];
        var items = {};
        var plain = Array.prototype.filter.call(form.elements, function (input) {
            return sendable(form, input) && !ownItem(form, input);
        });
        var result = readFields(form, plain, problems).json;
        form.querySelectorAll('[data-list]').forEach(function (list) {
            var name = list.dataset.list;
            var sent = [];
            items[name] = [];
            list.querySelectorAll('[data-list-item]').forEach(function (item) {
                if (item.closest('[data-list]') !== list || (item.closest('[hidden]') && form.contains(item.closest('[hidden]')))) {
                    return;
                }
                var include = item.querySelector('[data-include]');
                if (include && !include.checked) {
                    return;
                }
                var exclude = item.querySelector('[data-exclude]');
                if (exclude && exclude.checked) {
                    return;
                }
                var fields = Array.prototype.filter.call(item.querySelectorAll('input, select, textarea'), function (input) {
                    return sendable(form, input);
                });
                var read = readFields(form, fields, problems);
                if (!read.any && !item.hasAttribute('data-keep') && !include) {
                    return;
                }
                sent.push(read.json);
                items[name].push(item);
            });
            put(result, name, sent);
        });
        return { json: result, items: items, problems: problems };
    }

    /** The JSON of a form's fields (see readForm); numbers that cannot be read are left out. */
    function json(form) {
        return readForm(form).json;
    }

    /* ---------------------------------------------------------------- errors */

    function visible(input) {
        return input && input.type !== 'hidden' && !input.closest('[hidden]');
    }

    function firstVisible(scope, selector) {
        var all = scope.querySelectorAll(selector);
        for (var i = 0; i < all.length; i++) {
            if (visible(all[i])) {
                return all[i];
            }
        }
        return null;
    }

    function quote(value) {
        return '"' + String(value).replace(/["\\]/g, '\\$&') + '"';
    }

    /** The field of the form an error of the REST API names, or null when none shows it. */
    function field(form, name, items) {
        if (!name) {
            return null;
        }
        var indexed = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(name);
        if (indexed && items && items[indexed[1]]) {
            var item = items[indexed[1]][Number(indexed[2])];
            if (item) {
                return (indexed[3] && field(item, indexed[3])) || firstVisible(item, 'input, select, textarea');
            }
        }
        var found = firstVisible(form, '[name=' + quote(name) + ']');
        if (found) {
            return found;
        }
        var declared = Array.prototype.filter.call(form.querySelectorAll('[data-error-for]'), function (input) {
            return input.dataset.errorFor.split(' ').indexOf(name) >= 0 && visible(input);
        })[0];
        if (declared) {
            return declared;
        }
        var list = form.querySelector('[data-list=' + quote(name) + ']');
        if (list && firstVisible(list, 'input, select, textarea')) {
            return firstVisible(list, 'input, select, textarea');
        }
        var bare = name.replace(/\[\d+\]/g, '');
        if (bare !== name) {
            return field(form, bare, items);
        }
        var parts = name.split('.');
        var last = parts[parts.length - 1];
        if (parts.length > 1) {
            return firstVisible(form, '[name=' + quote(parts.slice(1).join('.')) + ']')
                || firstVisible(form, '[name=' + quote(last) + ']')
                || firstVisible(form, '[name=' + quote(parts[0]) + ']')
                || firstVisible(form, '[name^=' + quote(parts[0] + '.') + ']');
        }
        return firstVisible(form, '[name$=' + quote('.' + last) + ']');
    }

    /** The element that shows a field's error: #<id>-error, or the error slot of its field group or fieldset. */
    function slotOf(input) {
        var slot = input.id && document.getElementById(input.id + '-error');
        if (slot) {
            return slot;
        }
        var group = input.closest('.field-group, .exlog-field, fieldset');
        while (group && group.tagName !== 'FORM') {
            slot = group.querySelector('.exlog-field-error');
            if (slot) {
                return slot;
            }
            group = group.parentElement && group.parentElement.closest('.field-group, .exlog-field, fieldset, form');
        }
        return null;
    }

    function summaryOf(form) {
        var summary = form.querySelector('.exlog-form-error');
        if (summary && !summary.hasAttribute('tabindex')) {
            summary.setAttribute('tabindex', '-1');
        }
        return summary;
    }

    function clearErrors(form) {
        form.querySelectorAll('.exlog-field-error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        var summary = summaryOf(form);
        if (summary) {
            summary.textContent = '';
        }
    }

    function addToSummary(summary, message) {
        if (summary) {
            summary.textContent = (summary.textContent ? summary.textContent + ' ' : '') + message;
        }
    }

    /** Marks a field in error with the message next to it; false when the field has no place to show it. */
    function markField(input, message) {
        var slot = slotOf(input);
        if (!slot) {
            return false;
        }
        slot.textContent = slot.textContent ? slot.textContent + ' ' + message : message;
        input.setAttribute('aria-invalid', 'true');
        return true;
    }

    function offerReload(summary, message, text) {
        summary.textContent = message + ' ';
        var reload = document.createElement('button');
        reload.type = 'button';
        reload.className = 'aui-button aui-button-link exlog-reload';
        reload.textContent = text.textReload;
        reload.addEventListener('click', function () { window.location.reload(); });
        summary.appendChild(reload);
    }

    /**
     * Shows a REST error answer: each error next to the field it names, the rest in the summary; a 409 (the record
     * changed or the state does not allow it) offers to reload. Focus moves to the first field in error, or the summary.
     */
    function showErrors(form, status, payload, options) {
        options = options || {};
        var text = texts(form);
        var summary = summaryOf(form);
        var errors = (payload && payload.errors) || [];
        var first = null;
        errors.forEach(function (error) {
            var input = error.field && error.field !== 'version' && (options.fieldFor ? options.fieldFor(form, error.field)
                : field(form, error.field, options.items));
            if (input && markField(input, error.message)) {
                first = first || input;
            } else if (status !== 409 || error.field !== 'version') {
                addToSummary(summary, error.message);
            }
        });
        if (status === 409 && summary && !first) {
            offerReload(summary, summary.textContent || text.textConflict, text);
        } else if (summary && !summary.textContent && !first) {
            summary.textContent = text.textFailed || '';
        }
        var target = first || summary;
        if (target) {
            target.focus();
        }
    }

    /* ---------------------------------------------------------------- flags and focus return */

    /** How to find an element again after a reload: its id, or the opener that names what it opens. */
    function selectorOf(element) {
        if (!element) {
            return null;
        }
        if (element.id) {
            return '#' + CSS.escape(element.id);
        }
        if (element.dataset.opens) {
            return '[data-opens=' + quote(element.dataset.opens) + ']';
        }
        var form = element.closest('form');
        if (form && form.id) {
            var buttons = Array.prototype.slice.call(form.querySelectorAll('button[type="submit"]'));
            return '#' + CSS.escape(form.id) + ' button[type="submit"]|' + Math.max(0, buttons.indexOf(element));
        }
        return null;
    }

    /** The element a selector of selectorOf names after a reload (a "|n" suffix picks the n-th match). */
    function findAgain(selector) {
        if (!selector) {
            return null;
        }
        var parts = selector.split('|');
        try {
            return document.querySelectorAll(parts[0])[Number(parts[1] || 0)] || null;
        } catch (ignored) {
            return null;
        }
    }

    function escapeHtml(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML;
    }

    /** Shows a success flag: AUI's when the page has AUI, else the same markup in a live region of the app's own. */
    function flag(message) {
        if (!message) {
            return;
        }
        if (window.AJS && typeof window.AJS.flag === 'function') {
            window.AJS.flag({ type: 'success', body: escapeHtml(message), close: 'auto' });
        }
        var region = document.getElementById('exlog-flags');
        if (!region) {
            region = document.createElement('div');
            region.id = 'exlog-flags';
            region.className = 'exlog-flags';
            region.setAttribute('role', 'status');
            document.body.appendChild(region);
        }
        region.textContent = '';
        var own = document.createElement('div');
        own.className = 'exlog-flag';
        var body = document.createElement('p');
        body.textContent = message;
        own.appendChild(body);
        if (window.AJS && typeof window.AJS.flag === 'function') {
            // AUI draws the flag; this copy only speaks in the live region, with nothing to focus
            own.classList.add('exlog-visually-hidden');
        } else {
            var close = document.createElement('button');
            close.type = 'button';
            close.className = 'aui-button aui-button-subtle exlog-flag-close';
            close.setAttribute('aria-label', texts(document.querySelector('[data-text-saving]')).textClose || '\u00d7');
            close.textContent = '\u00d7';
            close.addEventListener('click', function () { own.remove(); });
            own.appendChild(close);
        }
        region.appendChild(own);
        window.setTimeout(function () { own.remove(); }, 8000);
    }

    /** Moves focus to an element without scrolling the page. */
    function focusQuietly(element) {
        if (element) {
            element.focus({ preventScroll: true });
        }
    }

    /**
     * After a save: reloads the page to show what was stored, then shows the flag, keeps the scroll position and gives
     * focus back to the control (its selector) that opened the form.
     */
    function reloadWithFlag(message, returnTo, url, focusOnArrival) {
        var target = url ? new URL(url, window.location.href) : null;
        var same = !target || target.pathname === window.location.pathname;
        try {
            window.sessionStorage.setItem(FLAG_KEY, JSON.stringify({
                // on another page, focus goes to the control that page names (focusOnArrival, a selector), if any
                message: message, focus: same ? selectorOf(returnTo) : (focusOnArrival || null), x: same ? window.scrollX : 0,
                y: same ? window.scrollY : 0, path: target ? target.pathname : window.location.pathname
            }));
        } catch (ignored) {
            // no session storage: the page still shows what was stored
        }
        if (target && !(same && target.search === window.location.search)) {
            window.location.assign(target.href);
        } else {
            window.location.reload();
        }
    }

    function restoreAfterReload() {
        var stored;
        try {
            stored = JSON.parse(window.sessionStorage.getItem(FLAG_KEY) || 'null');
            window.sessionStorage.removeItem(FLAG_KEY);
        } catch (ignored) {
            stored = null;
        }
        if (!stored || stored.path !== window.location.pathname) {
            return;
        }
        window.scrollTo(stored.x || 0, stored.y || 0);
        focusQuietly(findAgain(stored.focus));
        flag(stored.message);
    }

    /* ---------------------------------------------------------------- sending */

    /** The control focus returns to after the form: the opener of its dialog, or its own submit button. */
    function opener(form) {
        var dialog = form.closest('dialog');
        return (dialog && dialog.exlogOpener) || form.querySelector('button[type="submit"]');
    }

    /**
     * Sends a form to the REST API path and method its data-api and data-method name (or options.url / options.method).
     * Options: body (the JSON to send, else the form read by its declared types), adjust(json, form) (to change what was
     * read before it is sent), url and method (instead of data-api and data-method), announce(message) (the page's live
     * status), saved(payload, form) (after a success; by default the page reloads with the saved flag and focus goes back
     * to the opener), fieldFor(form, name) (to find a field an error names, instead of field()).
     */
    function submit(form, options) {
        options = options || {};
        var text = texts(form);
        var announce = options.announce || announcer(form);
        var button = form.querySelector('button[type="submit"]');
        var read = readForm(form);
        clearErrors(form);
        if (!options.body && read.problems.length > 0) {
            read.problems.forEach(function (problem) {
                if (!markField(problem.input, problem.message)) {
                    addToSummary(summaryOf(form), problem.message);
                }
            });
            read.problems[0].input.focus();
            return;
        }
        var body = options.body !== undefined ? options.body : read.json;
        if (options.adjust) {
            body = options.adjust(body, form) || body;
        }
        var method = options.method || form.dataset.method || 'POST';
        if (button) {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
        }
        announce(text.textSaving || '');
        function ready() {
            announce('');
            if (button) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
            }
        }
        fetch(options.url || api(form.dataset.api), {
            method: method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: method === 'DELETE' || method === 'GET' ? undefined : stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (payload) {
                if (response.ok) {
                    ready();
                    var dialog = form.closest('dialog');
                    var back = opener(form);
                    if (options.saved) {
                        options.saved(payload, form);
                    } else {
                        if (dialog && dialog.open) {
                            dialog.close();
                        }
                        reloadWithFlag(text.textSaved, back);
                    }
                    return;
                }
                ready();
                showErrors(form, response.status, payload, { fieldFor: options.fieldFor, items: read.items });
            });
        }, function () {
            ready();
            var summary = summaryOf(form);
            if (summary) {
                summary.textContent = text.textNetwork || '';
                summary.focus();
            }
        });
    }

    /** Sends the forms with the class name through submit(form, optionsFor(form)) instead of the browser's own submit. */
    function handle(className, optionsFor) {
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form.classList || !form.classList.contains(className)) {
                return;
            }
            event.preventDefault();
            submit(form, optionsFor ? optionsFor(form) : {});
        });
    }

    /** Writes a message into a live status region: a selector, or the .exlog-status nearest a form. */
    function announcer(selectorOrForm) {
        return function (message) {
            var status = null;
            if (typeof selectorOrForm === 'string') {
                status = document.querySelector(selectorOrForm);
            } else if (selectorOrForm) {
                status = selectorOrForm.querySelector('.exlog-status');
                var root = selectorOrForm.closest('[data-text-saving]');
                status = status || (root && root.querySelector('.exlog-status'));
            }
            if (status) {
                status.textContent = message;
            }
        };
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restoreAfterReload);
    } else {
        restoreAfterReload();
    }

    window.ExperimentLogForms = {
        contextPath: contextPath,
        api: api,
        texts: texts,
        format: format,
        parseNumber: parseNumber,
        example: example,
        readForm: readForm,
        json: json,
        field: field,
        clearErrors: clearErrors,
        showErrors: showErrors,
        submit: submit,
        handle: handle,
        announcer: announcer,
        flag: flag,
        reloadWithFlag: reloadWithFlag,
        focusQuietly: focusQuietly
    };
}());
