/*
 * Issue #11 item 6: PrimeFaces' own client-side texts (the paginator's names for screen readers)
 * from the hidden #primefacesTexts element, which the page fills from our bundle. Loaded right
 * after that element and before any widget is created, so every widget reads the page's language.
 */
(function () {
    if (!window.PrimeFaces) { return; }
    var texts = document.getElementById('primefacesTexts').dataset;
    var name = PrimeFaces.settings.locale || 'en_US';
    var base = PrimeFaces.locales[name] || PrimeFaces.locales[name.split('_')[0]] || PrimeFaces.locales.en_US;
    var locale = Object.assign({}, base);
    locale.aria = Object.assign({}, PrimeFaces.locales.en_US.aria, base.aria || {});
    for (var key in texts) { locale.aria[key.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); })] = texts[key]; }
    PrimeFaces.locales[name] = locale;
    PrimeFaces.localeSettings = null;
})();
