// The pages' only script, a file of its own so that the Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-prints]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
});
