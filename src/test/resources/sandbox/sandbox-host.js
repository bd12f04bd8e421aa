/*
 * The sandbox host's own script (not part of the plugin): applies the light or dark theme the frame was drawn in through
 * AUI's design-token theming, as Jira 10+ does for a user's theme setting.
 */
(function () {
    'use strict';

    function applyTheme() {
        var mode = document.documentElement.getAttribute('data-color-mode') || 'light';
        if (window.AJS && window.AJS.DesignTokens && typeof window.AJS.DesignTokens.setGlobalTheme === 'function') {
            window.AJS.DesignTokens.setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark', spacing: 'spacing',
                typography: 'typography' });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', applyTheme);
    } else {
        applyTheme();
    }
}());
