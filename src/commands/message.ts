/** The ribbon's message dialog: shows the text it is given as plain text, never as markup. */
const text = new URLSearchParams(window.location.search).get("text") ?? "";
const target = document.getElementById("message");
if (target) target.textContent = text;
