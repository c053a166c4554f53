/**
 * A small dialog with a plain-text message, for the ribbon buttons that have no pane to speak in.
 * The page (message.html) shows the text with textContent, never as markup.
 */
export function showMessageDialog(text: string): void {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("text", text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true });
}
