/**
 * What the host lets the pane do with files. Word for Mac hosts the pane in WKWebView, which ignores downloads:
 * a link with `download` does nothing and raises nothing (office-js issues #2700 "by design", #3385, #4681); the
 * iPad's webview is the same. There the pane must not offer a saved file, let alone say one was saved.
 */
export function hostCanDownload(): boolean {
  const platform = typeof Office === "undefined" ? undefined : String(Office.context?.platform);
  return platform !== "Mac" && platform !== "iOS";
}
