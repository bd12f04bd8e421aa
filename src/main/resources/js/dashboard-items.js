/*
 * Experiment Log: the two dashboard items, "What we learned" and "Experiments by stage", as AMD modules that Jira's
 * dashboard loads by the names in the descriptor's <amd-module>. Jira creates an item with its dashboard API and calls
 * render(context, preferences) to show it and renderEdit(context, preferences) to configure it; the item keeps its
 * configuration in the dashboard item's preferences through API.savePreferences (docs/install.md cites the evidence).
 *
 * The HTML is rendered on the server (plugins/servlet/experiment-log/dashboard-item/<item>), in the viewer's language
 * and with the viewer's permissions, from the preferences passed as parameters; this script only places it and wires
 * its configuration form. Preferences: scope ("department:12", "outcome:3", "project:KEY") and days (30, 90, 365).
 */
(function () {
    'use strict';

    var instances = 0;

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** Jira passes the item's element, sometimes wrapped by jQuery. */
    function element(context) {
        return context && context.jquery ? context[0] : context;
    }

    function call(api, name) {
        if (api && typeof api[name] === 'function') {
            api[name].apply(api, Array.prototype.slice.call(arguments, 2));
        }
    }

    function factory(item) {
        function DashboardItem(API) {
            this.API = API;
            this.id = 'i' + (++instances);
        }

        DashboardItem.prototype.load = function (context, preferences, mode) {
            var self = this;
            var target = element(context);
            var prefs = preferences || {};
            var params = new URLSearchParams();
            params.set('mode', mode);
            params.set('id', self.id);
            if (prefs.scope) {
                params.set('scope', prefs.scope);
            }
            if (prefs.days) {
                params.set('days', prefs.days);
            }
            call(self.API, 'showLoadingBar');
            return fetch(contextPath() + '/plugins/servlet/experiment-log/dashboard-item/' + item + '?' + params,
                { credentials: 'same-origin', headers: { Accept: 'text/html' } })
                .then(function (response) {
                    return response.text();
                })
                .then(function (html) {
                    call(self.API, 'hideLoadingBar');
                    // the server escaped every value it put into this fragment
                    target.innerHTML = html;
                    self.wire(context, target, prefs);
                    call(self.API, 'resize');
                }, function () {
                    // offline: the item keeps what it showed; the next refresh tries again
                    call(self.API, 'hideLoadingBar');
                });
        };

        DashboardItem.prototype.wire = function (context, target, prefs) {
            var self = this;
            var edit = target.querySelector('[data-exlog-dashboard-edit]');
            if (edit) {
                edit.addEventListener('click', function () {
                    self.renderEdit(context, prefs).then(function () {
                        var first = target.querySelector('select');
                        if (first) {
                            first.focus();
                        }
                    });
                });
            }
            var form = target.querySelector('[data-exlog-dashboard-config]');
            if (!form) {
                return;
            }
            var cancel = form.querySelector('[data-exlog-dashboard-cancel]');
            cancel.addEventListener('click', function () {
                call(self.API, 'closeEdit');
                self.render(context, prefs);
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var scope = form.elements.scope;
                var required = form.querySelector('[data-exlog-dashboard-required]');
                if (!scope.value) {
                    required.id = scope.id + '-required';
                    required.hidden = false;
                    scope.setAttribute('aria-invalid', 'true');
                    scope.setAttribute('aria-describedby', scope.getAttribute('aria-describedby') + ' ' + required.id);
                    scope.focus();
                    return;
                }
                var chosen = { scope: scope.value };
                if (form.elements.days) {
                    chosen.days = form.elements.days.value;
                }
                call(self.API, 'savePreferences', chosen);
                self.render(context, chosen).then(function () {
                    var heading = target.querySelector('.exlog-dashboard-heading, [data-exlog-dashboard-edit]');
                    if (heading) {
                        heading.setAttribute('tabindex', '-1');
                        heading.focus();
                    }
                });
            });
        };

        /** Shows the item with its stored preferences (Jira calls this). */
        DashboardItem.prototype.render = function (context, preferences) {
            return this.load(context, preferences, 'view');
        };

        /** Shows the item's configuration form (Jira calls this when the viewer configures the item). */
        DashboardItem.prototype.renderEdit = function (context, preferences) {
            return this.load(context, preferences, 'edit');
        };

        return DashboardItem;
    }

    define('experiment-log/dashboard-item/learned', [], function () {
        return factory('learned');
    });
    define('experiment-log/dashboard-item/stages', [], function () {
        return factory('stages');
    });
}());
