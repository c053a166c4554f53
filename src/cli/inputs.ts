/**
 * The files a command line names: directories walked for .docx files, each directory read once (a symbolic link
 * back to a parent is a loop, not a bottomless tree), and every directory that cannot be read reported by name.
 */
import { resolve } from "node:path";
import { viCollator } from "../core/export";

export interface InputsIo {
  isDirectory?(p: string): boolean;
  /** Entry names (not paths) of a directory. */
  listDir?(p: string): string[];
  /** The canonical path (links resolved); throws when the path does not exist. */
  realPath?(p: string): string;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function canonical(p: string, io: InputsIo): string {
  try {
    return io.realPath ? io.realPath(p) : resolve(p);
  } catch {
    return resolve(p);
  }
}

/** Whether two names are one file: the same path once resolved, or the same file through links or case. */
export function isSameFile(a: string, b: string, io: InputsIo): boolean {
  return resolve(a) === resolve(b) || canonical(a, io) === canonical(b, io);
}

/** The inputs with every directory replaced by its .docx files, recursively, in Vietnamese order. */
export function expandInputs(inputs: string[], io: InputsIo, failures: string[]): string[] {
  const seen = new Set<string>();
  const isDirectory = (path: string): boolean => {
    try {
      return io.isDirectory?.(path) ?? false;
    } catch (e) {
      failures.push(`${path}: Không đọc được / cannot be read: ${reason(e)}`);
      return false;
    }
  };
  const walk = (dir: string): string[] => {
    const real = canonical(dir, io);
    if (seen.has(real)) {
      failures.push(`${dir}: Thư mục đã đọc, bỏ qua (liên kết vòng?) / directory already read, skipped (a link loop?)`);
      return [];
    }
    seen.add(real);
    let names: string[];
    try {
      names = [...(io.listDir?.(dir) ?? [])].sort(viCollator.compare);
    } catch (e) {
      failures.push(`${dir}: Không đọc được thư mục / cannot list the directory: ${reason(e)}`);
      return [];
    }
    const found: string[] = [];
    for (const name of names) {
      const path = `${dir.replace(/[\\/]+$/, "")}/${name}`;
      if (isDirectory(path)) found.push(...walk(path));
      // "~$x.docx" is Word's lock file for an open document, not a document.
      else if (/\.docx$/i.test(name) && !name.startsWith("~$")) found.push(path);
    }
    return found;
  };
  const files: string[] = [];
  for (const input of inputs) {
    if (!isDirectory(input)) {
      files.push(input);
      continue;
    }
    const found = walk(input);
    if (found.length === 0) failures.push(`Thư mục không có tệp .docx / no .docx in directory: ${input}`);
    files.push(...found);
  }
  return files;
}
