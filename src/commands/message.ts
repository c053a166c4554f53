/**
 * The ribbon's message dialog: shows the text it is given as plain text, never as markup, and a "Đóng" button that
 * tells the ribbon's page it can close the dialog and complete its command (Office.context.ui.messageParent).
 * Written in ES5 (no URLSearchParams, no ??): the legacy check opens this page in Internet Explorer and EdgeHTML too.
 */
function queryText(search: string): string {
  var pairs = search.replace(/^\?/, "").split("&");
  for (var i = 0; i < pairs.length; i++) {
    var eq = pairs[i].indexOf("=");
    if (eq > 0 && pairs[i].slice(0, eq) === "text")
      return decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, " "));
  }
  return "";
}

var target = document.getElementById("message");
if (target) target.textContent = queryText(window.location.search);

var close = document.getElementById("close");
if (close)
  close.onclick = function () {
    var office = (window as unknown as { Office?: typeof Office }).Office;
    if (office && office.context && office.context.ui && office.context.ui.messageParent)
      office.context.ui.messageParent("close");
    else window.close();
  };

export {};
