/**
 * Runs before the app bundle (its own entry, loaded after office.js and before taskpane.js). Office builds that
 * still host add-ins in the Internet Explorer webview (Trident) cannot run Fluent UI v9 and would show a blank
 * pane; there we replace the page with a message naming the Office versions that work, and remove the app's
 * container so the app never renders (index.tsx renders only into #container).
 * Written in ES5 on purpose (var, function, no template strings): this is the one file IE must be able to parse.
 */

var MESSAGE_VI =
  "Phiên bản Office này dùng trình duyệt Internet Explorer cũ nên không chạy được Soạn thảo Kết luận. " +
  "Hãy dùng Microsoft 365 hoặc Office 2021 trở lên trên Windows (có Microsoft Edge WebView2), Word trên Mac, " +
  "hoặc Word trên web.";
var MESSAGE_EN =
  "This version of Office uses the old Internet Explorer webview, which cannot run this add-in. " +
  "Use Microsoft 365 or Office 2021 or later on Windows (with the Microsoft Edge WebView2), Word on Mac, " +
  "or Word on the web.";

function isLegacyWebview(userAgent: string): boolean {
  return /Trident\/|MSIE /.test(userAgent);
}

function paragraph(text: string, lang: string): HTMLElement {
  var p = document.createElement("p");
  p.setAttribute("lang", lang);
  p.appendChild(document.createTextNode(text));
  return p;
}

function showLegacyMessage(): void {
  var container = document.getElementById("container");
  if (container && container.parentNode) container.parentNode.removeChild(container);
  var box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.setAttribute("id", "legacy-webview");
  box.style.padding = "12px";
  box.style.fontFamily = "Segoe UI, Arial, sans-serif";
  box.style.fontSize = "14px";
  box.appendChild(paragraph(MESSAGE_VI, "vi"));
  box.appendChild(paragraph(MESSAGE_EN, "en"));
  document.body.appendChild(box);
}

if (isLegacyWebview(navigator.userAgent)) showLegacyMessage();

export {};
