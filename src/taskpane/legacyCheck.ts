/**
 * Runs before the app on both pages (its own entry, after office.js and before taskpane.js or commands.js) and
 * turns the two situations that would otherwise leave a blank pane or dead buttons into a message:
 *
 * - an old webview: Internet Explorer ("Trident") or Microsoft Edge Legacy ("EdgeHTML", user agent "Edge/NN"),
 *   which Office 2016/2019 and some Microsoft 365 builds on Windows still use (Microsoft, "Support older Microsoft
 *   webviews and Office versions", which shows this user-agent test). The add-in needs the Microsoft Edge WebView2
 *   (Chromium), Safari's WebKit on Mac, or a current browser for Word on the web;
 * - office.js missing: the CDN (appsforoffice.microsoft.com) is blocked by a firewall or there is no network.
 *
 * In the pane it removes the app's container (index.tsx renders only into #container) and shows the message; on
 * the ribbon's page it registers every button with a function that shows the message and completes, so a click
 * answers instead of spinning. Either way it marks the page (data-legacy-webview) so the app's own code stands down.
 * Written in ES5 on purpose (var, function, no template strings, no DOM APIs newer than IE 11): this is the one
 * script Internet Explorer and EdgeHTML must be able to run (a test parses it as ES5).
 */
import { FUNCTION_NAMES } from "../commands/functionNames";

var OLD_WEBVIEW_VI =
  "Phiên bản Office này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Microsoft Edge bản cũ, " +
  "EdgeHTML) nên không chạy được Soạn thảo Kết luận. Hãy dùng Microsoft 365 hoặc Office 2021 trở lên trên Windows " +
  "(có Microsoft Edge WebView2), Word trên Mac, hoặc Word trên web.";
var OLD_WEBVIEW_EN =
  "This version of Office shows add-ins in an old browser (Internet Explorer or the legacy Microsoft Edge, EdgeHTML), " +
  "which cannot run this add-in. Use Microsoft 365 or Office 2021 or later on Windows (with the Microsoft Edge " +
  "WebView2), Word on Mac, or Word on the web.";
var NO_OFFICE_VI =
  "Không tải được thư viện Office (office.js) từ máy chủ của Microsoft: mạng đang ngắt hoặc tường lửa chặn " +
  "appsforoffice.microsoft.com. Hãy kiểm tra mạng hoặc nhờ bộ phận CNTT mở địa chỉ đó, rồi mở lại phần bổ trợ.";
var NO_OFFICE_EN =
  "Office's library (office.js) could not be loaded from Microsoft's server: the network is down or a firewall blocks " +
  "appsforoffice.microsoft.com. Check the network or ask IT to allow that address, then open the add-in again.";

/** Trident (IE 11 webview) or EdgeHTML ("Edge/18…"; the Chromium Edge says "Edg/"). */
export function isLegacyWebview(userAgent: string): boolean {
  return /Trident\/|MSIE |Edge\/\d/.test(userAgent);
}

function paragraph(text: string, lang: string): HTMLElement {
  var p = document.createElement("p");
  p.setAttribute("lang", lang);
  p.appendChild(document.createTextNode(text));
  return p;
}

function showInPane(vi: string, en: string): void {
  var container = document.getElementById("container");
  if (container && container.parentNode) container.parentNode.removeChild(container);
  var box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.setAttribute("id", "legacy-webview");
  box.style.padding = "12px";
  box.style.fontFamily = "Segoe UI, Arial, sans-serif";
  box.style.fontSize = "14px";
  box.appendChild(paragraph(vi, "vi"));
  box.appendChild(paragraph(en, "en"));
  document.body.appendChild(box);
}

/** On the ribbon's page: each button opens the message (message.html, also ES5) and completes when it closes. */
function answerButtons(vi: string): void {
  var found = (window as unknown as { Office?: typeof Office }).Office;
  if (!found) return; // without office.js no button can run at all; the pane says why
  var office: typeof Office = found;
  var show = function (event: Office.AddinCommands.Event) {
    var done = function () {
      event.completed();
    };
    try {
      var url = window.location.href.replace(/[^/]*([?#].*)?$/, "message.html?text=" + encodeURIComponent(vi));
      office.context.ui.displayDialogAsync(url, { height: 30, width: 35 }, function (result) {
        if (result.status !== office.AsyncResultStatus.Succeeded) return done();
        result.value.addEventHandler(office.EventType.DialogEventReceived, done);
      });
    } catch {
      done();
    }
  };
  office.onReady(function () {
    for (var i = 0; i < FUNCTION_NAMES.length; i++) {
      (window as unknown as Record<string, unknown>)[FUNCTION_NAMES[i]] = show;
      if (office.actions && office.actions.associate) office.actions.associate(FUNCTION_NAMES[i], show);
    }
  });
}

function stop(vi: string, en: string): void {
  document.documentElement.setAttribute("data-legacy-webview", "");
  if (document.body.getAttribute("data-kl-page") === "commands") answerButtons(vi);
  else showInPane(vi, en);
}

if (isLegacyWebview(navigator.userAgent)) stop(OLD_WEBVIEW_VI, OLD_WEBVIEW_EN);
else if (typeof Office === "undefined") stop(NO_OFFICE_VI, NO_OFFICE_EN);
