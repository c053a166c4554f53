/** The check worker's entry (built by webpack from `new Worker(new URL(…))` in spawnCheckWorker.ts). */
import { serve } from "../../offThread/protocol";
import { checkJob } from "./checkJob";

serve(checkJob);
