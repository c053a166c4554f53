import { hostCanDownload } from "../word/platform";

/**
 * Saves text or bytes as a file the clerk downloads. Some webviews block downloads (Word for Mac and iPad ignore
 * them without an error, see src/word/platform.ts): the caller learns it from the returned flag (false: nothing was
 * saved) and offers the clipboard instead, never failing silently or claiming a file that does not exist.
 */
export function downloadBytes(fileName: string, data: Blob, canDownload: boolean = hostCanDownload()): boolean {
  if (!canDownload) return false;
  try {
    const url = URL.createObjectURL(data);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}

export const downloadText = (fileName: string, text: string, type: string): boolean =>
  downloadBytes(fileName, new Blob([text], { type: `${type};charset=utf-8` }));

/** A file's or blob's text. FileReader rather than Blob.text(): older Office webviews lack the latter. */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, "utf-8");
  });
}
