/**
 * A small dialog with a plain-text message, for the ribbon buttons that have no pane to speak in.
 * The page (message.html) shows the text with textContent, never as markup.
 *
 * The promise settles when the clerk has closed the dialog (DialogEventReceived, 12006), when the dialog tells us
 * it is done (its "Đóng" button: DialogMessageReceived), or when it could not open (12007 another dialog is open,
 * 12009 the clerk blocked it, no Dialog API). A ribbon command completes only then: completing earlier lets Office
 * tear the function file down and the dialog with it (Microsoft, Office.Dialog; "Handle errors and events in the
 * Office dialog box").
 */
export function showMessageDialog(text: string): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL("message.html", window.location.href);
    url.searchParams.set("text", text);
    try {
      Office.context.ui.displayDialogAsync(
        url.toString(),
        { height: 25, width: 30, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
            dialog.close();
            resolve();
          });
        },
      );
    } catch {
      resolve(); // no Dialog API in this host: nothing to wait for
    }
  });
}
