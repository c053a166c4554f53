/** Builds the bundle once for every e2e file. */
import { buildE2e } from "./harness/build";

export default async function globalSetup(): Promise<void> {
  const report = await buildE2e();
  console.log(`\ne2e build ${report.reused ? "reused" : `done in ${(report.ms / 1000).toFixed(1)} s`}: ${report.dir}`);
}
