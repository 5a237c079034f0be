/*
 * The header's menu button (issue #11): on narrow screens the navigation is folded away behind
 * a real button; the button says whether it is open (aria-expanded) and Escape folds it again,
 * handing focus back to the button.
 */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('menuButton');
    if (!button) {
        return;
    }
    function setOpen(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.addEventListener('click', function () {
        setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    document.getElementById('appHeader').addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            setOpen(false);
            button.focus();
        }
    });
});

/*
 * A confirmation shown by a full post (re-categorise, close, complete) takes the focus, so a
 * screen reader reads its heading first. Marked in the page with data-focus-on-load instead of
 * an inline script, which the Content-Security-Policy would block (issue #12 item 3).
 */
document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-focus-on-load="true"]');
    if (target) {
        target.focus();
    }
});

/*
 * A button marked send-once (the report's Submit) posts once: a second click while the first is
 * on its way is ignored, and the button says it is busy.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.send-once') : null;
    if (!button) {
        return;
    }
    if (button.dataset.sending) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
    }
    button.dataset.sending = 'true';
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('ui-state-disabled');
}, true);

/*
 * A page sent back with field problems (a full post) puts the focus on the first field that has
 * one: a screen reader then reads its label and, through aria-describedby, the problem.
 */
document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('#main [aria-invalid="true"]');
    if (invalid && typeof invalid.focus === 'function') {
        invalid.focus();
    }
});
