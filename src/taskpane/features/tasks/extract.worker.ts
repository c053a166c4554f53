/** The extraction worker's entry (built by webpack from `new Worker(new URL(…))` in spawnExtractWorker.ts). */
import { serve } from "../../offThread/protocol";
import { scanJob } from "./scanJob";

serve(scanJob);
