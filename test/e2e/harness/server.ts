/** A tiny static server for the built bundle, on 127.0.0.1 only, started and stopped by each test file. */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  /** Paths requested, in order (for the budget test and diagnosis). */
  requested: string[];
  close(): Promise<void>;
}

export function serveDirectory(dir: string): Promise<StaticServer> {
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requested.push(urlPath);
    // Headless Chromium asks for a favicon no Office host would; answer it so it is not a "failed request".
    if (urlPath === "/favicon.ico") return void res.writeHead(204).end();
    const file = path.join(dir, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return void res.writeHead(404).end("not found");
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requested,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}
