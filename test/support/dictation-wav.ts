// Test audio: a dictation-shaped WAV (16 kHz, 16-bit, mono PCM) whose samples follow a seeded
// pattern, so a test can look for its bytes anywhere they should not be.

export interface WavShape {
  seconds: number;
  rate?: number;
  channels?: number;
  /** Seeds the samples: two WAVs with different seeds share no run of bytes. */
  seed?: number;
}

export function makeWav({ seconds, rate = 16_000, channels = 1, seed = 1 }: WavShape): Buffer {
  const samples = Math.round(seconds * rate) * channels;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(channels, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * channels * 2, 28);
  wav.writeUInt16LE(channels * 2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  let x = seed * 2654435761;
  for (let i = 0; i < samples; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    wav.writeInt16LE((x >>> 16) - 32768, 44 + i * 2);
  }
  return wav;
}

/** 32 bytes from the middle of the samples: found only where this audio (or a copy) is. */
export function audioFingerprint(wav: Buffer): Buffer {
  const middle = 44 + Math.floor((wav.length - 44) / 4) * 2;
  return Buffer.from(wav.subarray(middle, middle + 32));
}
