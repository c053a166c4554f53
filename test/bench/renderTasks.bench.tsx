/**
 * @jest-environment jsdom
 *
 * Figure, not a test of speed: time to render 1,000 tasks in the "Nhiệm vụ" tab in jsdom (the list is paged,
 * so this measures the scan-to-list path the clerk waits for). Run by test/bench/run.ts, which prints it.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { writeFileSync } from "node:fs";
import { FakeWordGateway } from "../fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../fakes/renderApp";
import { memoryProfileStore } from "../../src/word";
import { clockAt } from "../fakes/clock";

const lines = ["3. Một số nhiệm vụ trọng tâm tháng 12"];
for (let i = 1; i <= 1000; i++) {
  lines.push(`- Phòng Nghiệp vụ ${i % 7} rà soát hồ sơ số ${i}, hoàn thành trước ngày ${(i % 28) + 1}/12/2020.`);
}

test("render 1,000 tasks", async () => {
  const gateway = FakeWordGateway.withText(["Tây Ninh, ngày 10 tháng 11 năm 2020", ...lines]);
  await renderApp({ gateway, profiles: memoryProfileStore(), clock: clockAt("2020-11-20") });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
  const t0 = performance.now();
  await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
  await screen.findByText("1000 nhiệm vụ");
  const toCount = performance.now() - t0;
  // The first rows come with the count; the rest of the page of 50 follows in short steps.
  const first = screen.getAllByRole("listitem").length;
  await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(50), { timeout: 20000 });
  const ms = performance.now() - t0;
  writeFileSync(
    process.env.BENCH_OUT ?? "/dev/null",
    JSON.stringify({ renderThousandTasksMs: Math.round(ms), toCountMs: Math.round(toCount), rowsWithCount: first }),
  );
});
