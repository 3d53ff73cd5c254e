// The local Whisper path on the test model with random weights (test/support/whisper-test-model,
// 16 wide, one layer): load time, time per second of audio for a 1- and a 5-minute dictation, and
// the longest stall of the calling thread's event loop meanwhile, run in this thread (as
// `afterword transcribe` does) and in the model's own thread (as the server does, whisper-thread.ts);
// then the process's peak memory. What it measures is the pipeline around the model (windowing,
// log-mel features, decoding up to the token cap): a real model's own arithmetic comes on top, and
// no real weights can be downloaded here.
// Run: node --import tsx bench/transcribe-whisper.bench.ts
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type LocalWhisper, loadWhisper, startWhisperThread } from '../src/transcription/index.ts';
import { makeWav } from '../test/support/dictation-wav.ts';

const MODEL = join(import.meta.dirname, '..', 'test', 'support', 'whisper-test-model');
const RUNS = 3;

async function measure(label: string, start: () => Promise<LocalWhisper & { close?: () => Promise<void> }>): Promise<void> {
  const loadStart = performance.now();
  const whisper = await start();
  console.log(`${label}: load ${Math.round(performance.now() - loadStart)} ms`);
  await whisper.transcribe(makeWav({ seconds: 5, seed: 1 })); // warm-up
  for (const seconds of [60, 300]) {
    const wav = makeWav({ seconds, seed: seconds });
    const times: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const began = performance.now();
      await whisper.transcribe(wav);
      times.push(performance.now() - began);
      loop.disable();
      stalls.push(loop.max / 1e6);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    console.log(
      `  ${seconds} s dictation: median ${Math.round(median)} ms (${Math.round(times[0]!)} to ${Math.round(times.at(-1)!)} over ${RUNS} runs), ` +
        `${(median / 1000 / seconds).toFixed(3)} of real time; longest event-loop stall here ${Math.round(Math.max(...stalls))} ms`,
    );
  }
  await whisper.close?.();
}

await measure('in this thread (afterword transcribe)', () => loadWhisper(MODEL));
await measure("in the model's own thread (the server)", () => startWhisperThread(MODEL));
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
