/*
 * The sandbox dashboard's own script (not part of the plugin): Jira's dashboard, in small. It provides the global AMD
 * define/require that Jira's pages have, then, once every deferred script has run, creates each dashboard item from its
 * AMD module with a dashboard API (savePreferences, closeEdit, resize, showLoadingBar, hideLoadingBar) and calls
 * render(context, preferences), or renderEdit when a configurable item has no preferences yet.
 */
(function () {
    'use strict';

    var factories = {};
    var modules = {};

    function resolve(name) {
        if (!Object.prototype.hasOwnProperty.call(modules, name)) {
            var entry = factories[name];
            if (!entry) {
                throw new Error('No AMD module ' + name);
            }
            modules[name] = entry.factory.apply(null, entry.deps.map(resolve));
        }
        return modules[name];
    }

    if (typeof window.define !== 'function') {
        window.define = function (name, deps, factory) {
            factories[name] = { deps: deps || [], factory: factory };
        };
        window.define.amd = {};
        window.require = function (names, callback) {
            var resolved = [].concat(names).map(resolve);
            if (callback) {
                callback.apply(null, resolved);
            }
            return resolved[0];
        };
    }

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function start(section) {
        var content = section.querySelector('.sandbox-dashboard-item-content');
        var key = section.getAttribute('data-sandbox-dashboard-item');
        var preferences = JSON.parse(section.getAttribute('data-preferences') || '{}');
        var Item = window.require([section.getAttribute('data-amd-module')]);
        var api = {
            savePreferences: function (chosen) {
                preferences = chosen;
                section.setAttribute('data-preferences', JSON.stringify(chosen));
                return fetch(contextPath() + '/rest/dashboards/1.0/items/' + encodeURIComponent(key), {
                    method: 'PUT',
                    credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
                    body: JSON.stringify(chosen)
                });
            },
            closeEdit: function () {},
            resize: function () {},
            showLoadingBar: function () {
                section.setAttribute('aria-busy', 'true');
            },
            hideLoadingBar: function () {
                section.removeAttribute('aria-busy');
            }
        };
        var item = new Item(api);
        var configure = section.querySelector('[data-sandbox-dashboard-configure]');
        if (configure) {
            configure.addEventListener('click', function () {
                item.renderEdit(content, preferences);
            });
        }
        if (section.getAttribute('data-configurable') === 'true' && Object.keys(preferences).length === 0) {
            item.renderEdit(content, preferences);
        } else {
            item.render(content, preferences);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-sandbox-dashboard-item]').forEach(start);
    });
}());
