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
 * A page sent back with field problems (a full post) puts the focus on the first field that has
 * one: a screen reader then reads its label and, through aria-describedby, the problem.
 */
document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('#main [aria-invalid="true"]');
    if (invalid && typeof invalid.focus === 'function') {
        invalid.focus();
    }
});
