// The local Whisper path (src/transcription/transcribe-with-whisper.ts) on the test model with
// random weights (test/support/whisper-test-model, 16 wide, one layer): the load time, the time per
// second of audio for a 1- and a 5-minute dictation, the process's peak memory, and the longest
// stall of the event loop meanwhile (the server transcribes in its own process). What it measures
// is the pipeline around the model (windowing, log-mel features, decoding at the token cap): a
// real model's own arithmetic comes on top, and no real weights can be downloaded here.
// Run: node --import tsx bench/transcribe-whisper.bench.ts
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadWhisper } from '../src/transcription/index.ts';
import { makeWav } from '../test/support/dictation-wav.ts';

const MODEL = join(import.meta.dirname, '..', 'test', 'support', 'whisper-test-model');
const RUNS = 3;

const loadStart = performance.now();
const whisper = await loadWhisper(MODEL);
console.log(`load: ${Math.round(performance.now() - loadStart)} ms`);
await whisper.transcribe(makeWav({ seconds: 5, seed: 1 })); // warm-up

for (const seconds of [60, 300]) {
  const wav = makeWav({ seconds, seed: seconds });
  const times: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const start = performance.now();
    await whisper.transcribe(wav);
    times.push(performance.now() - start);
    loop.disable();
    stalls.push(loop.max / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  console.log(
    `${seconds} s dictation: median ${Math.round(median)} ms (${Math.round(times[0]!)} to ${Math.round(times.at(-1)!)} over ${RUNS} runs), ` +
      `${(median / 1000 / seconds).toFixed(3)} of real time; longest event-loop stall ${Math.round(Math.max(...stalls))} ms`,
  );
}
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
